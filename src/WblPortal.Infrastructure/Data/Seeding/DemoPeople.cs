using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Mentors;

namespace WblPortal.Infrastructure.Data.Seeding;

/// <summary>Deterministic demo specialties, groups, curators, learners, employers and mentors.</summary>
internal static class DemoPeople
{
    private static readonly string[] FemaleFirst = ["Айгүл", "Нургүл", "Гүлнара", "Айпери", "Бермет", "Жылдыз", "Мээрим", "Айжан", "Чолпон", "Төлгөнай", "Үмүт", "Асел", "Нуриза", "Бегимай", "Адинай"];
    private static readonly string[] MaleFirst = ["Нурлан", "Бакыт", "Эрлан", "Тилек", "Азамат", "Өмүрбек", "Үсөн", "Мирлан", "Талант", "Нурсултан", "Эмир", "Бектур", "Арсен", "Темирлан", "Жоомарт"];
    private static readonly string[] Family = ["Асанов", "Токтогулов", "Жумабаев", "Осмонов", "Сагынбаев", "Бекмуратов", "Мамытов", "Эргешов", "Төрөбаев", "Үсөнов", "Өмүрзаков", "Абдыкадыров", "Кененбаев", "Сыдыков", "Шаршеев", "Ыскаков", "Дөөлөтов", "Көчкөнов"];

    /// <summary>Specialties with their codes (шифр) and the abbreviation colleges use in group names.</summary>
    private static readonly (string Code, string Ky, string Ru, string Abbreviation, EconomicSector Sector)[] SpecialtyCatalogue =
    [
        ("110201", "Агрономия", "Агрономия", "АГР", EconomicSector.Agriculture),
        ("110401", "Зоотехния", "Зоотехния", "ЗТ", EconomicSector.Agriculture),
        ("270103", "Имараттарды жана курулмаларды куруу жана пайдалануу", "Строительство и эксплуатация зданий и сооружений", "СЭЗС", EconomicSector.Construction),
        ("270101", "Архитектура", "Архитектура", "АРХ", EconomicSector.Construction),
        ("080114", "Экономика жана бухгалтердик эсеп", "Экономика и бухгалтерский учёт", "ЭБУ", EconomicSector.Services),
        ("230115", "Компьютердик системаларда программалоо", "Программирование в компьютерных системах", "ПКС", EconomicSector.InformationTechnology),
        ("140613", "Электр жабдууларын техникалык тейлөө жана оңдоо", "Техническое обслуживание и ремонт электрооборудования", "ЭО", EconomicSector.Energy),
        ("130403", "Пайдалуу кендерди жер астында казып алуу", "Подземная разработка месторождений полезных ископаемых", "ПРМ", EconomicSector.Mining),
        ("190604", "Автомобиль транспортун техникалык тейлөө жана оңдоо", "Техническое обслуживание и ремонт автомобильного транспорта", "ТОА", EconomicSector.Transport),
        ("100201", "Туризм", "Туризм", "ТУР", EconomicSector.Hospitality),
        ("050146", "Башталгыч класстарда окутуу", "Преподавание в начальных классах", "ПНК", EconomicSector.Education),
        ("260807", "Коомдук тамактануу продукциясынын технологиясы", "Технология продукции общественного питания", "ТПОП", EconomicSector.Hospitality),
        ("111201", "Ветеринария", "Ветеринария", "ВЕТ", EconomicSector.Agriculture),
        ("270112", "Суу менен камсыздоо жана суу бөлүп чыгаруу", "Водоснабжение и водоотведение", "ВВ", EconomicSector.Construction),
    ];

    /// <summary>The specialties of each pilot college (same order as <see cref="PilotColleges.All"/>), after its profile:
    /// agriculture in Tokmok and Naryn, construction in Bishkek, mining in Kyzyl-Kiya, tourism and teaching on Issyk-Kul.</summary>
    private static readonly int[][] SpecialtiesOfCollege =
    [
        [0, 1, 4], [2, 3, 13], [12, 1, 4], [6, 10, 9], [6, 8, 4], [5, 4, 10], [7, 6, 4], [10, 5, 11],
    ];

    /// <summary>Intake year and year of study of the group of a college's 1st, 2nd and 3rd specialty (academic year 2026–2027).</summary>
    private static readonly (int IntakeYear, int YearOfStudy)[] Cohorts = [(2025, 2), (2024, 3), (2026, 1)];

    public static void AddTo(WblDbContext db, IReadOnlyList<College> colleges)
    {
        var learnerNumber = 0;
        for (var c = 0; c < colleges.Count; c++)
        {
            var college = colleges[c];
            var curators = Enumerable.Range(0, 2).Select(i => new Curator
            {
                CollegeId = college.Id,
                FullName = PersonName(c * 7 + i, female: i % 2 == 0),
                Position = i == 0 ? "Өндүрүштүк окутуу мастери" : "Окутуучу",
                Email = $"curator{c + 1}{i + 1}@college{c + 1}.kg",
                Phone = $"+996555{c + 1:00}{i + 1:0}{i + 3:000}",
            }).ToList();
            db.Curators.AddRange(curators);

            foreach (var (index, s) in SpecialtiesOfCollege[c].Select((s, i) => (i, s)))
            {
                var (code, ky, ru, abbreviation, _) = SpecialtyCatalogue[s];
                var (intakeYear, yearOfStudy) = Cohorts[index];
                var specialty = new Specialty { CollegeId = college.Id, Code = code, NameKy = ky, NameRu = ru, NqfLevelId = 5 };
                db.Specialties.Add(specialty);
                var group = new StudyGroup
                {
                    CollegeId = college.Id,
                    SpecialtyId = specialty.Id,
                    // The usual form: specialty abbreviation, group number, intake year ("ПКС-1-25").
                    Name = $"{abbreviation}-{1 + c % 2}-{intakeYear % 100:00}",
                    IntakeYear = intakeYear,
                    YearOfStudy = yearOfStudy,
                    CuratorId = curators[index % curators.Count].Id,
                };
                db.StudyGroups.Add(group);
                var size = 11 + (c + index * 2) % 5; // 11 to 15 learners: about 300 in all
                for (var k = 0; k < size; k++)
                {
                    learnerNumber++;
                    db.Learners.Add(NewLearner(college.Id, group.Id, learnerNumber, group.IntakeYear));
                }
            }
        }

        AddEmployers(db);
    }

    private static Learner NewLearner(Guid collegeId, Guid groupId, int n, int intakeYear)
    {
        var female = n % 9 < 5;
        var birth = new DateOnly(intakeYear - 16 + n % 2, 1 + n % 12, 1 + n % 28);
        var first = (female ? FemaleFirst : MaleFirst)[n % 15];
        var last = Family[(n * 7) % Family.Length] + (female ? "а" : "");
        var pin = $"{(female ? 1 : 2)}{birth:ddMMyyyy}{n:00000}";
        var minor = Learner.AgeOn(birth, new DateOnly(2026, 9, 1)) < 18;
        return new Learner
        {
            CollegeId = collegeId,
            GroupId = groupId,
            LastName = last,
            FirstName = first,
            Patronymic = MaleFirst[(n * 3) % 15] + (female ? " кызы" : " уулу"),
            Pin = pin,
            DateOfBirth = birth,
            Gender = female ? Gender.Female : Gender.Male,
            HasSpecialNeeds = n % 23 == 0,
            SpecialNeedsNote = n % 23 == 0 ? "Көрүү жөндөмү начар: чоң шрифттеги материалдар керек" : null,
            RepresentativeName = minor ? $"{Family[(n * 5) % Family.Length]} {MaleFirst[(n * 11) % 15]}" : null,
            RepresentativePhone = minor ? $"+996700{n:000000}" : null,
            Phone = $"+996555{n:000000}",
        };
    }

    private static readonly (string Name, EconomicSector Sector, int Region, string Address)[] EmployerCatalogue =
    [
        ("\"Агро-Токмок\" ЖЧК", EconomicSector.Agriculture, 9, "Токмок ш., Шамсы көч., 5"),
        ("\"Ала-Тоо Курулуш\" ААК", EconomicSector.Construction, 1, "Бишкек ш., Ахунбаев көч., 100"),
        ("\"Нарын Сүт\" ЖЧК", EconomicSector.Agriculture, 6, "Нарын ш., Орозбаков көч., 8"),
        ("\"Ысык-Көл Электр\" ААК", EconomicSector.Energy, 5, "Балыкчы ш., Озерная көч., 3"),
        ("\"Кара-Балта Тоо-кен комбинаты\" ААК", EconomicSector.Mining, 9, "Кара-Балта ш., Заводская көч., 1"),
        ("\"Жалал-Абад Соода\" ЖЧК", EconomicSector.Trade, 4, "Жалал-Абад ш., Токтогул көч., 14"),
        ("\"Кызыл-Кыя Көмүр\" ААК", EconomicSector.Mining, 3, "Кызыл-Кыя ш., Шахтерлор көч., 2"),
        ("\"Ош Тех Сервис\" ЖЧК", EconomicSector.InformationTechnology, 2, "Ош ш., Курманжан Датка көч., 201"),
        ("\"Бишкек Софт\" ЖЧК", EconomicSector.InformationTechnology, 1, "Бишкек ш., Чүй пр., 135"),
        ("\"Көл Туризм\" ЖЧК", EconomicSector.Hospitality, 5, "Чолпон-Ата ш., Советская көч., 45"),
        ("\"Чүй Автосервис\" ЖЧК", EconomicSector.Transport, 9, "Кант ш., Ленин көч., 77"),
        ("\"Түндүк Электр\" ААК", EconomicSector.Energy, 1, "Бишкек ш., Жибек Жолу пр., 326"),
        ("\"Ош Нан\" ЖЧК", EconomicSector.Manufacturing, 2, "Ош ш., Монуев көч., 10"),
        ("\"Баткен Агро\" ЖЧК", EconomicSector.Agriculture, 3, "Баткен ш., Ленин көч., 20"),
        ("\"Талас Алтын\" ААК", EconomicSector.Mining, 8, "Талас ш., Бердике Баатыр көч., 11"),
        ("№5 Бишкек мектеп-гимназиясы", EconomicSector.Education, 1, "Бишкек ш., Киев көч., 90"),
        ("\"Нарын Курулуш\" ЖЧК", EconomicSector.Construction, 6, "Нарын ш., Ленин көч., 55"),
        ("Ош облустук клиникалык ооруканасы", EconomicSector.Health, 2, "Ош ш., Алиева көч., 6"),
        ("\"Жалал-Абад Курорт\" ААК", EconomicSector.Hospitality, 4, "Жалал-Абад ш., Курорттук көч., 1"),
        ("\"Каракол Аудит\" ЖЧК", EconomicSector.Services, 5, "Каракол ш., Абдрахманов көч., 120"),
        ("\"Кыргыз Темир Жолу\" МИ", EconomicSector.Transport, 1, "Бишкек ш., Льва Толстого көч., 83"),
        ("\"Ала-Арча Тамак-аш\" ЖЧК", EconomicSector.Hospitality, 1, "Бишкек ш., Байтик Баатыр көч., 40"),
        ("\"Өзгөн Күрүч\" ЖЧК", EconomicSector.Agriculture, 7, "Өзгөн ш., Манас көч., 18"),
        ("\"Нарын Вет Сервис\" ЖЧК", EconomicSector.Agriculture, 6, "Нарын ш., Ленин көч., 90"),
        ("\"Ош Электр\" ААК", EconomicSector.Energy, 2, "Ош ш., Ленин көч., 205"),
        ("\"Бишкексууканалы\" МИ", EconomicSector.Construction, 1, "Бишкек ш., Орозбеков көч., 121"),
    ];

    private static void AddEmployers(WblDbContext db)
    {
        for (var i = 0; i < EmployerCatalogue.Length; i++)
        {
            var (name, sector, region, address) = EmployerCatalogue[i];
            var employer = new Employer
            {
                Name = name,
                Inn = $"0{i + 1:00}0120101{i + 10:0000}"[..14],
                Sector = sector,
                RegionId = region,
                Address = address,
                ContactPerson = PersonName(100 + i, female: i % 3 == 0),
                Phone = $"+996312{i + 100:000000}",
                Email = $"hr{i + 1}@employer{i + 1}.kg",
            };
            db.Employers.Add(employer);
            for (var m = 0; m < 2; m++)
            {
                db.Mentors.Add(new Mentor
                {
                    EmployerId = employer.Id,
                    FullName = PersonName(200 + i * 2 + m, female: m == 1),
                    Position = m == 0 ? "Башкы адис" : "Участок башчысы",
                    EducationLevel = m == 0 ? EducationLevel.Higher : EducationLevel.SecondaryVocational,
                    YearsOfExperience = 3 + (i + m) % 15,
                    SkillGrade = m == 0 ? null : 4 + i % 3,
                    PedagogicalTrainingDate = (i + m) % 3 == 0 ? null : new DateOnly(2024, 1 + i % 12, 10),
                    Phone = $"+996777{i * 2 + m + 100:000000}",
                });
            }
        }
    }

    private static string PersonName(int n, bool female)
    {
        var last = Family[n % Family.Length] + (female ? "а" : "");
        var first = (female ? FemaleFirst : MaleFirst)[(n * 7) % 15];
        return $"{last} {first}";
    }
}
