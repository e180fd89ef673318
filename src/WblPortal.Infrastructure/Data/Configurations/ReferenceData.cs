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
        new() { Id = 4, Level = 4, NameKy = "4-деңгээл: баштапкы кесиптик билим берүү (БКБ)", NameRu = "Уровень 4: начальное профессиональное образование (НПО)", NameEn = "Level 4: primary vocational education", MinWblSharePercent = 60m },
        new() { Id = 5, Level = 5, NameKy = "5-деңгээл: орто кесиптик билим берүү (ОКБ)", NameRu = "Уровень 5: среднее профессиональное образование (СПО)", NameEn = "Level 5: secondary vocational education", MinWblSharePercent = 40m },
        new() { Id = 6, Level = 6, NameKy = "6-деңгээл: жогорку кесиптик билим берүү (ЖКБ)", NameRu = "Уровень 6: высшее профессиональное образование (ВПО)", NameEn = "Level 6: higher professional education", MinWblSharePercent = 30m },
    ];

    /// <summary>The forms of WBL by stage (concept section 4, domain.md §2) with the rules that drive the workflows.
    /// The platform admin maintains them; ids are stable because placements and programmes refer to them.</summary>
    public static readonly WblForm[] WblForms =
    [
        // Stage 0: preparation
        Form(1, "guest_lecture", WblStage.Preparation, "Иш берүүчүнүн конок лекциясы", "Гостевая лекция работодателя", "Employer guest lecture", employer: true, days: 1),
        Form(2, "job_fair", WblStage.Preparation, "Кесиптер жарманкеси", "Ярмарка профессий", "Job fair", employer: true, days: 1),
        Form(3, "festival", WblStage.Preparation, "Фестивалдар, параддар жана башка иш-чаралар", "Фестивали, парады и другие мероприятия", "Festivals, parades and other events", days: 1),

        // Stage 1: getting to know the profession and workplace (short-term)
        Form(4, "excursion", WblStage.GettingToKnow, "Жумуш ордуна экскурсия", "Экскурсия на рабочее место", "Workplace excursion", employer: true, days: 1),
        Form(5, "master_class", WblStage.GettingToKnow, "Жумуш ордундагы мастер-класс", "Мастер-класс на рабочем месте", "Master class at the workplace", employer: true, days: 1),
        Form(6, "volunteering", WblStage.GettingToKnow, "Волонтердук", "Волонтёрство", "Volunteering"),
        Form(7, "introductory_practice", WblStage.GettingToKnow, "Окуу-таанышуу практикасы", "Учебно-ознакомительная практика", "Introductory practice", employer: true, mentor: true, diary: true, assessment: true, days: 10),

        // Stage 2: engagement with the profession and workplace
        Form(8, "offsite_practical_lesson", WblStage.Engagement, "Жумуш ордундагы көчмө практикалык сабак", "Выездное практическое занятие на рабочем месте", "Off-site practical lesson at the workplace", employer: true, days: 1),
        Form(9, "training_complex", WblStage.Engagement, "Окуу-өндүрүштүк комплексте (ОӨК) окутуу", "Обучение в учебно-производственном комплексе (УПК)", "Training in a training-production complex", assessment: true),
        Form(10, "laboratory", WblStage.Engagement, "Жабдылган лабораторияда окутуу", "Обучение в оборудованной лаборатории", "Training in an equipped laboratory", assessment: true),
        Form(11, "training_ground", WblStage.Engagement, "Окуу полигонунда окутуу", "Обучение на учебном полигоне", "Training at a training ground", assessment: true),
        Form(12, "workshop", WblStage.Engagement, "Устаканада окутуу", "Обучение в мастерской", "Training in a workshop", assessment: true),
        Form(13, "competition", WblStage.Engagement, "Кесиптик конкурстар жана көргөзмөлөр (калыстар тобу — иш берүүчүлөр)", "Профессиональные конкурсы и выставки (жюри — работодатели)", "Professional competitions and exhibitions (employers on the jury)", employer: true, assessment: true, days: 1),
        Form(14, "study_project", WblStage.Engagement, "Иш берүүчүлөр менен адистик боюнча окуу долбоору", "Учебный проект по специальности с работодателями", "Study project with employers", employer: true, mentor: true, assessment: true),

        // Stage 3: work experience (long, continuous)
        Form(15, "production_practice", WblStage.WorkExperience, "Өндүрүштүк практика (технологиялык ж.б.)", "Производственная практика (технологическая и др.)", "Production practice (technological etc.)", employer: true, agreement: true, mentor: true, diary: true, assessment: true, longTerm: true, days: 28),
        Form(16, "dual_training", WblStage.WorkExperience, "Дуалдык окутуу", "Дуальное обучение", "Dual training", employer: true, agreement: true, mentor: true, diary: true, weeklyDiary: true, assessment: true, longTerm: true, days: 180),
        Form(17, "pre_diploma_practice", WblStage.WorkExperience, "Диплом алдындагы (квалификацияга чейинки) практика", "Преддипломная (предквалификационная) практика", "Pre-diploma (pre-qualification) practice", employer: true, agreement: true, mentor: true, diary: true, assessment: true, longTerm: true, days: 28),

        // Informal forms, not managed directly by the college (Labour Code arts. 55, 198, 402): no tripartite agreement.
        Form(18, "internship", WblStage.WorkExperience, "Стажировка", "Стажировка", "Internship", formal: false, employer: true, mentor: true, longTerm: true, days: 90),
        Form(19, "apprenticeship", WblStage.WorkExperience, "Окуучулук", "Ученичество", "Apprenticeship", formal: false, employer: true, mentor: true, longTerm: true, days: 180),
    ];

    private static WblForm Form(int id, string code, WblStage stage, string ky, string ru, string en, bool formal = true,
        bool employer = false, bool agreement = false, bool mentor = false, bool diary = false, bool weeklyDiary = false, bool assessment = false,
        bool longTerm = false, int? days = null) => new()
    {
        Id = id,
        Code = code,
        Stage = stage,
        NameKy = ky,
        NameRu = ru,
        NameEn = en,
        IsFormal = formal,
        NeedsEmployer = employer,
        NeedsAgreement = agreement,
        NeedsMentor = mentor,
        NeedsDiary = diary,
        WeeklyDiary = weeklyDiary,
        NeedsAssessment = assessment,
        IsLongTerm = longTerm,
        TypicalDurationDays = days,
        SortOrder = id,
    };
}
