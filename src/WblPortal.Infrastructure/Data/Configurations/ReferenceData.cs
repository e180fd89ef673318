using WblPortal.Domain.Reference;

namespace WblPortal.Infrastructure.Data.Configurations;

/// <summary>Reference data every installation has, written by the migrations (domain.md §8).</summary>
public static class ReferenceData
{
    public static readonly Region[] Regions =
    [
        new() { Id = 1, Code = "KG-GB", NameKy = "Бишкек шаары", NameRu = "г. Бишкек", NameEn = "Bishkek City", SortOrder = 1 },
        new() { Id = 2, Code = "KG-GO", NameKy = "Ош шаары", NameRu = "г. Ош", NameEn = "Osh City", SortOrder = 2 },
        new() { Id = 3, Code = "KG-B", NameKy = "Баткен облусу", NameRu = "Баткенская обл.", NameEn = "Batken Region", SortOrder = 3 },
        new() { Id = 4, Code = "KG-J", NameKy = "Жалал-Абад облусу", NameRu = "Джалал-Абадская обл.", NameEn = "Jalal-Abad Region", SortOrder = 4 },
        new() { Id = 5, Code = "KG-Y", NameKy = "Ысык-Көл облусу", NameRu = "Иссык-Кульская обл.", NameEn = "Issyk-Kul Region", SortOrder = 5 },
        new() { Id = 6, Code = "KG-N", NameKy = "Нарын облусу", NameRu = "Нарынская обл.", NameEn = "Naryn Region", SortOrder = 6 },
        new() { Id = 7, Code = "KG-O", NameKy = "Ош облусу", NameRu = "Ошская обл.", NameEn = "Osh Region", SortOrder = 7 },
        new() { Id = 8, Code = "KG-T", NameKy = "Талас облусу", NameRu = "Таласская обл.", NameEn = "Talas Region", SortOrder = 8 },
        new() { Id = 9, Code = "KG-C", NameKy = "Чүй облусу", NameRu = "Чуйская обл.", NameEn = "Chuy Region", SortOrder = 9 },
    ];

    public static readonly NqfLevel[] NqfLevels =
    [
        new() { Id = 4, Level = 4, NameKy = "4-деңгээл: баштапкы кесиптик билим берүү (БКБ)", NameRu = "Уровень 4: начальное профессиональное образование (НПО)", NameEn = "Level 4: primary vocational education" },
        new() { Id = 5, Level = 5, NameKy = "5-деңгээл: орто кесиптик билим берүү (ОКБ)", NameRu = "Уровень 5: среднее профессиональное образование (СПО)", NameEn = "Level 5: secondary vocational education" },
        new() { Id = 6, Level = 6, NameKy = "6-деңгээл: жогорку кесиптик билим берүү (ЖКБ)", NameRu = "Уровень 6: высшее профессиональное образование (ВПО)", NameEn = "Level 6: higher professional education" },
    ];
}
