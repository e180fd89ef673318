using System.Linq.Expressions;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace WblPortal.Web.Features.Appointments;

/// <summary>The particulars of an enterprise order, checked alike when appointing and when correcting them.</summary>
public static class EnterpriseOrderRules
{
    public static void Add<T>(AbstractValidator<T> v, Expression<Func<T, string?>> number, Expression<Func<T, DateOnly?>> date,
        Expression<Func<T, string?>> headName, Expression<Func<T, string?>> headPosition, Expression<Func<T, string?>> basis,
        IStringLocalizer<AppointmentResource> a, IStringLocalizer<SharedResource> l, TimeProvider clock)
    {
        v.RuleFor(number).NotEmpty().WithMessage(_ => a["Order_NumberRequired"])
            .MaximumLength(30).WithMessage(_ => l["Validation_MaxLength", 30]);
        v.RuleFor(date).NotNull().WithMessage(_ => a["Order_DateRequired"])
            .Must(d => d >= new DateOnly(2000, 1, 1) && d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(31)))
            .WithMessage(_ => a["Order_DateOutOfRange"]);
        v.RuleFor(headName).NotEmpty().WithMessage(_ => a["Order_HeadNameRequired"])
            .MaximumLength(200).WithMessage(_ => l["Validation_MaxLength", 200]);
        v.RuleFor(headPosition).NotEmpty().WithMessage(_ => a["Order_HeadPositionRequired"])
            .MaximumLength(200).WithMessage(_ => l["Validation_MaxLength", 200]);
        v.RuleFor(basis).MaximumLength(2000).WithMessage(_ => l["Validation_MaxLength", 2000]);
    }
}
