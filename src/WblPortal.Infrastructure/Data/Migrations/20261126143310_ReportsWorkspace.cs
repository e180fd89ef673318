using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace WblPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReportsWorkspace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "annual_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    academic_year = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    achievements = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    problems = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    wbl_recommendations = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    programme_recommendations = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    figures_json = table.Column<string>(type: "jsonb", nullable: true),
                    figures_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    round = table.Column<int>(type: "integer", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    submitted_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reviewed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reviewed_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    review_comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_annual_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_annual_reports_colleges_college_id",
                        column: x => x.college_id,
                        principalTable: "colleges",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "roadmap_measures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    text_ky = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    text_ru = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    text_en = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    executors = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    deadline = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    completion_form_ky = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    completion_form_ru = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    completion_form_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_roadmap_measures", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "annual_report_history",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    user_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    action = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    from_status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    to_status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_annual_report_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_annual_report_history_annual_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "annual_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "annual_report_responses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    answered_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_annual_report_responses", x => x.id);
                    table.ForeignKey(
                        name: "fk_annual_report_responses_annual_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "annual_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_annual_report_responses_colleges_college_id",
                        column: x => x.college_id,
                        principalTable: "colleges",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_annual_report_responses_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "roadmap_measures",
                columns: new[] { "id", "completion_form_en", "completion_form_ky", "completion_form_ru", "deadline", "executors", "note", "number", "status", "text_en", "text_ky", "text_ru", "updated_at", "updated_by_name" },
                values: new object[,]
                {
                    { new Guid("0193a000-0000-7000-8000-000000000001"), "Order of the MoES", "БИМдин буйругу", "Приказ МОН", "2020", "ДИБ, КР БИМ", null, 1, "Planned", "Approval of the concept of work-based learning", "Жумуш ордунда окутуу концепциясын бекитүү", "Утверждение концепции обучения на рабочем месте", null, null },
                    { new Guid("0193a000-0000-7000-8000-000000000002"), "Order of the MoES", "БИМдин буйругу", "Приказ МОН", "2021", "Inno Change, ДИБ", null, 2, "Planned", "Development of a mechanism to strengthen social partnership", "Социалдык өнөктөштүктү чыңдоо механизмин иштеп чыгуу", "Разработка механизма укрепления социального партнёрства", null, null },
                    { new Guid("0193a000-0000-7000-8000-000000000003"), null, null, null, "2021", "Социум Консалт, FCG, АТБ, пилоттук КЛ, ДИБ, КР БИМ", null, 3, "Planned", "Proposals to change the items of normative funding so that all costs of full training are covered: wages, consumables, monitoring of learners, etc.", "Адистерди толук көлөмдө даярдоого карата чыгымдардын бардык беренелерин эске алуу үчүн АТБнын ченемдик каржылоо чыгымдарынын беренелерине өзгөртүүлөрдү киргизүү боюнча сунуштарды даярдоо: эмгек акы, сарпталуучу материалдарга карата чыгымдар, окуучуларга мониторинг жүргүзүүгө чыгымдар ж.б.", "Подготовка предложений по внесению изменений в статьи расходов нормативного финансирования, чтобы учесть все статьи затрат на полную подготовку специалистов: оплата труда, расходные материалы, мониторинг обучающихся и др.", null, null },
                    { new Guid("0193a000-0000-7000-8000-000000000004"), "Order of the MoES", "БИМдин буйругу", "Приказ МОН", "2022", "FCG, АТБ, пилоттук КЛ, ДИБ, КР БИМ", null, 4, "Planned", "Development of the methodological and normative legal base of WBL", "ЖООнун усулдук жана ченемдик укуктук базасын иштеп чыгуу", "Разработка методической и нормативной правовой базы ОРМ", null, null },
                    { new Guid("0193a000-0000-7000-8000-000000000005"), "Order of the MoES", "БИМдин буйругу", "Приказ МОН", "2022", "FCG, АТБ, ДИБ, КР БИМ, БУ", null, 5, "Planned", "Completion of professional development programmes for teachers, masters of industrial training and mentors in line with WBL requirements", "Окутуучуларды, өндүрүштүк окутуу мастерлерин жана насаатчыларды ЖООнун талаптарына ылайык кесиптик өнүктүрүү программаларын жеткире иштеп чыгуу", "Доработка программ профессионального развития преподавателей, мастеров производственного обучения и наставников в соответствии с требованиями ОРМ", null, null },
                    { new Guid("0193a000-0000-7000-8000-000000000006"), null, null, null, "2022", "ДИБ, АТБ, КР БИМ", null, 6, "Planned", "Ensuring the training and production environment of WBL meets occupational standards", "ЖООнун окутуу жана өндүрүштүк чөйрөсүнүн кесиптик стандарттарга ылайык келүүсүн камсыздоо", "Обеспечение соответствия учебной и производственной среды ОРМ профессиональным стандартам", null, null },
                    { new Guid("0193a000-0000-7000-8000-000000000007"), null, null, null, "2023", "ДИБ, КР БИМ", null, 7, "Planned", "Support for setting up and developing independent certification centres (recognition of WBL results)", "Көз карандысыз сертификациялоо борборлорун түзүүгө жана өнүктүрүүгө көмөк көрсөтүү (ЖООнун натыйжаларын таануу)", "Содействие созданию и развитию независимых центров сертификации (признание результатов ОРМ)", null, null },
                    { new Guid("0193a000-0000-7000-8000-000000000008"), null, null, null, "2023", "ДИБ, КР БИМ", null, 8, "Planned", "Support for setting up and developing the institute of mentorship", "Насаатчылык институтун түзүү жана өнүктүрүүгө көмөк көрсөтүү", "Содействие созданию и развитию института наставничества", null, null },
                    { new Guid("0193a000-0000-7000-8000-000000000009"), null, null, null, "2023", "FCG, ДИБ, КР БИМ", null, 9, "Planned", "Support for amending the Provisional regulation on licensing educational activity in the Kyrgyz Republic and other normative legal acts", "Кыргыз Республикасындагы билим берүү ишмердүүлүгүн лицензиялоонун тартиби жөнүндө Убактылуу жобого жана башка тиешелүү ченемдик укуктук актыларга өзгөртүүлөрдү киргизүүгө көмөк көрсөтүү", "Содействие внесению изменений во Временное положение о порядке лицензирования образовательной деятельности в Кыргызской Республике и другие нормативные правовые акты", null, null }
                });

            migrationBuilder.CreateIndex(
                name: "ix_annual_report_history_report_id_at",
                table: "annual_report_history",
                columns: new[] { "report_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_annual_report_responses_college_id",
                table: "annual_report_responses",
                column: "college_id");

            migrationBuilder.CreateIndex(
                name: "ix_annual_report_responses_employer_id_decision",
                table: "annual_report_responses",
                columns: new[] { "employer_id", "decision" });

            migrationBuilder.CreateIndex(
                name: "ix_annual_report_responses_report_id_employer_id",
                table: "annual_report_responses",
                columns: new[] { "report_id", "employer_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_annual_reports_academic_year_status",
                table: "annual_reports",
                columns: new[] { "academic_year", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_annual_reports_college_id_academic_year",
                table: "annual_reports",
                columns: new[] { "college_id", "academic_year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_roadmap_measures_number",
                table: "roadmap_measures",
                column: "number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "annual_report_history");

            migrationBuilder.DropTable(
                name: "annual_report_responses");

            migrationBuilder.DropTable(
                name: "roadmap_measures");

            migrationBuilder.DropTable(
                name: "annual_reports");
        }
    }
}
