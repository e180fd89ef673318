using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Roadmap;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class RoadmapMeasureConfiguration : IEntityTypeConfiguration<RoadmapMeasure>
{
    public void Configure(EntityTypeBuilder<RoadmapMeasure> builder)
    {
        builder.IsEditableEntity();
        builder.Property(m => m.TextKy).HasMaxLength(1000);
        builder.Property(m => m.TextRu).HasMaxLength(1000);
        builder.Property(m => m.TextEn).HasMaxLength(1000);
        builder.Property(m => m.Executors).HasMaxLength(300);
        builder.Property(m => m.Deadline).HasMaxLength(50);
        builder.Property(m => m.CompletionFormKy).HasMaxLength(200);
        builder.Property(m => m.CompletionFormRu).HasMaxLength(200);
        builder.Property(m => m.CompletionFormEn).HasMaxLength(200);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Note).HasMaxLength(2000);
        builder.Property(m => m.UpdatedByName).HasMaxLength(200);
        builder.HasIndex(m => m.Number).IsUnique();
        builder.HasData(RoadmapData.Measures);
    }
}

/// <summary>Appendix 1 of the concept: the implementation roadmap (wbl-concept-ky.txt, "1-тиркеме"). The Kyrgyz text is
/// the concept's; executors are printed as there (ДИБ — the project implementation unit, КР БИМ — the ministry, АТБ —
/// the Asian Development Bank, КЛ — lyceums, БУ — educational organizations).</summary>
public static class RoadmapData
{
    private const string OrderKy = "БИМдин буйругу";
    private const string OrderRu = "Приказ МОН";
    private const string OrderEn = "Order of the MoES";

    public static readonly RoadmapMeasure[] Measures =
    [
        M(1, "Жумуш ордунда окутуу концепциясын бекитүү", "Утверждение концепции обучения на рабочем месте",
            "Approval of the concept of work-based learning", "ДИБ, КР БИМ", "2020", true),
        M(2, "Социалдык өнөктөштүктү чыңдоо механизмин иштеп чыгуу", "Разработка механизма укрепления социального партнёрства",
            "Development of a mechanism to strengthen social partnership", "Inno Change, ДИБ", "2021", true),
        M(3, "Адистерди толук көлөмдө даярдоого карата чыгымдардын бардык беренелерин эске алуу үчүн АТБнын ченемдик каржылоо чыгымдарынын беренелерине өзгөртүүлөрдү киргизүү боюнча сунуштарды даярдоо: эмгек акы, сарпталуучу материалдарга карата чыгымдар, окуучуларга мониторинг жүргүзүүгө чыгымдар ж.б.",
            "Подготовка предложений по внесению изменений в статьи расходов нормативного финансирования, чтобы учесть все статьи затрат на полную подготовку специалистов: оплата труда, расходные материалы, мониторинг обучающихся и др.",
            "Proposals to change the items of normative funding so that all costs of full training are covered: wages, consumables, monitoring of learners, etc.",
            "Социум Консалт, FCG, АТБ, пилоттук КЛ, ДИБ, КР БИМ", "2021", false),
        M(4, "ЖООнун усулдук жана ченемдик укуктук базасын иштеп чыгуу", "Разработка методической и нормативной правовой базы ОРМ",
            "Development of the methodological and normative legal base of WBL", "FCG, АТБ, пилоттук КЛ, ДИБ, КР БИМ", "2022", true),
        M(5, "Окутуучуларды, өндүрүштүк окутуу мастерлерин жана насаатчыларды ЖООнун талаптарына ылайык кесиптик өнүктүрүү программаларын жеткире иштеп чыгуу",
            "Доработка программ профессионального развития преподавателей, мастеров производственного обучения и наставников в соответствии с требованиями ОРМ",
            "Completion of professional development programmes for teachers, masters of industrial training and mentors in line with WBL requirements",
            "FCG, АТБ, ДИБ, КР БИМ, БУ", "2022", true),
        M(6, "ЖООнун окутуу жана өндүрүштүк чөйрөсүнүн кесиптик стандарттарга ылайык келүүсүн камсыздоо",
            "Обеспечение соответствия учебной и производственной среды ОРМ профессиональным стандартам",
            "Ensuring the training and production environment of WBL meets occupational standards", "ДИБ, АТБ, КР БИМ", "2022", false),
        M(7, "Көз карандысыз сертификациялоо борборлорун түзүүгө жана өнүктүрүүгө көмөк көрсөтүү (ЖООнун натыйжаларын таануу)",
            "Содействие созданию и развитию независимых центров сертификации (признание результатов ОРМ)",
            "Support for setting up and developing independent certification centres (recognition of WBL results)", "ДИБ, КР БИМ", "2023", false),
        M(8, "Насаатчылык институтун түзүү жана өнүктүрүүгө көмөк көрсөтүү", "Содействие созданию и развитию института наставничества",
            "Support for setting up and developing the institute of mentorship", "ДИБ, КР БИМ", "2023", false),
        M(9, "Кыргыз Республикасындагы билим берүү ишмердүүлүгүн лицензиялоонун тартиби жөнүндө Убактылуу жобого жана башка тиешелүү ченемдик укуктук актыларга өзгөртүүлөрдү киргизүүгө көмөк көрсөтүү",
            "Содействие внесению изменений во Временное положение о порядке лицензирования образовательной деятельности в Кыргызской Республике и другие нормативные правовые акты",
            "Support for amending the Provisional regulation on licensing educational activity in the Kyrgyz Republic and other normative legal acts",
            "FCG, ДИБ, КР БИМ", "2023", false),
    ];

    private static RoadmapMeasure M(int number, string ky, string ru, string en, string executors, string deadline, bool order) => new()
    {
        Id = Guid.Parse($"0193a000-0000-7000-8000-{number:D12}"),
        Number = number,
        TextKy = ky,
        TextRu = ru,
        TextEn = en,
        Executors = executors,
        Deadline = deadline,
        CompletionFormKy = order ? OrderKy : null,
        CompletionFormRu = order ? OrderRu : null,
        CompletionFormEn = order ? OrderEn : null,
        Status = RoadmapStatus.Planned,
    };
}
