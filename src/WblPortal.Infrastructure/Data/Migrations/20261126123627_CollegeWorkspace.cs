using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace WblPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class CollegeWorkspace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "min_wbl_share_percent",
                table: "nqf_levels",
                type: "numeric(5,2)",
                precision: 5,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.CreateTable(
                name: "competencies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    specialty_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name_ky = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    name_ru = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_competencies", x => x.id);
                    table.ForeignKey(
                        name: "fk_competencies_colleges_college_id",
                        column: x => x.college_id,
                        principalTable: "colleges",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_competencies_specialties_specialty_id",
                        column: x => x.specialty_id,
                        principalTable: "specialties",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    recipient_college_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recipient_employer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recipient_learner_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recipient_mentor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    sender_organization_id = table.Column<Guid>(type: "uuid", nullable: true),
                    message_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    subject_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject_title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    email_sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "stored_files",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: true),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    uploaded_by_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stored_files", x => x.id);
                    table.CheckConstraint("ck_stored_files_size", "size > 0 AND size <= 10485760");
                });

            migrationBuilder.CreateTable(
                name: "wbl_forms",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name_ky = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_ru = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    is_formal = table.Column<bool>(type: "boolean", nullable: false),
                    needs_employer = table.Column<bool>(type: "boolean", nullable: false),
                    needs_agreement = table.Column<bool>(type: "boolean", nullable: false),
                    needs_mentor = table.Column<bool>(type: "boolean", nullable: false),
                    needs_diary = table.Column<bool>(type: "boolean", nullable: false),
                    needs_assessment = table.Column<bool>(type: "boolean", nullable: false),
                    is_long_term = table.Column<bool>(type: "boolean", nullable: false),
                    typical_duration_days = table.Column<int>(type: "integer", nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_wbl_forms", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "wbl_programmes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    specialty_id = table.Column<Guid>(type: "uuid", nullable: false),
                    academic_year = table.Column<int>(type: "integer", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    specialty_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    specialty_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    normative_basis = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    goal = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    procedure = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    safety_rules = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    total_study_hours = table.Column<int>(type: "integer", nullable: false),
                    approval_order_number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    approval_date = table.Column<DateOnly>(type: "date", nullable: true),
                    approved_by_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    approved_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    copied_from_id = table.Column<Guid>(type: "uuid", nullable: true),
                    mentor_min_education_level = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    mentor_min_skill_grade = table.Column<int>(type: "integer", nullable: true),
                    mentor_min_years_of_experience = table.Column<int>(type: "integer", nullable: true),
                    mentor_requirements_notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    mentor_pedagogical_training_required = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_wbl_programmes", x => x.id);
                    table.ForeignKey(
                        name: "fk_wbl_programmes_colleges_college_id",
                        column: x => x.college_id,
                        principalTable: "colleges",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_wbl_programmes_specialties_specialty_id",
                        column: x => x.specialty_id,
                        principalTable: "specialties",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_wbl_programmes_wbl_programmes_copied_from_id",
                        column: x => x.copied_from_id,
                        principalTable: "wbl_programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "partnerships",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    concluded_on = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: true),
                    subject = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    college_signed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    college_signed_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    employer_signed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    employer_signed_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    scan_file_id = table.Column<Guid>(type: "uuid", nullable: true),
                    termination_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partnerships", x => x.id);
                    table.CheckConstraint("ck_partnerships_validity", "valid_until IS NULL OR valid_until >= valid_from");
                    table.ForeignKey(
                        name: "fk_partnerships_colleges_college_id",
                        column: x => x.college_id,
                        principalTable: "colleges",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_partnerships_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_partnerships_stored_files_scan_file_id",
                        column: x => x.scan_file_id,
                        principalTable: "stored_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "information_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    form_id = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    location = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    cancel_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_information_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_information_events_colleges_college_id",
                        column: x => x.college_id,
                        principalTable: "colleges",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_information_events_wbl_forms_form_id",
                        column: x => x.form_id,
                        principalTable: "wbl_forms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "placements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    form_id = table.Column<int>(type: "integer", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    site = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: false),
                    requested_count = table.Column<int>(type: "integer", nullable: false),
                    confirmed_count = table.Column<int>(type: "integer", nullable: true),
                    curator_id = table.Column<Guid>(type: "uuid", nullable: false),
                    mentor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    shared_with_employer_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    requires_employer = table.Column<bool>(type: "boolean", nullable: false),
                    requires_mentor = table.Column<bool>(type: "boolean", nullable: false),
                    requires_agreement = table.Column<bool>(type: "boolean", nullable: false),
                    requires_assessment = table.Column<bool>(type: "boolean", nullable: false),
                    is_long_term = table.Column<bool>(type: "boolean", nullable: false),
                    decline_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    cancel_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    requested_start_date = table.Column<DateOnly>(type: "date", nullable: true),
                    requested_end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    requested_count_by_employer = table.Column<int>(type: "integer", nullable: true),
                    change_request_comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_placements", x => x.id);
                    table.CheckConstraint("ck_placements_capacity", "confirmed_count IS NULL OR confirmed_count > 0");
                    table.CheckConstraint("ck_placements_dates", "end_date >= start_date");
                    table.ForeignKey(
                        name: "fk_placements_colleges_college_id",
                        column: x => x.college_id,
                        principalTable: "colleges",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_placements_curators_curator_id",
                        column: x => x.curator_id,
                        principalTable: "curators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_placements_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_placements_mentors_mentor_id",
                        column: x => x.mentor_id,
                        principalTable: "mentors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_placements_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "wbl_programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_placements_wbl_forms_form_id",
                        column: x => x.form_id,
                        principalTable: "wbl_forms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "programme_comments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    author_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    author_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    answered_by_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    answered_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_comments", x => x.id);
                    table.ForeignKey(
                        name: "fk_programme_comments_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_programme_comments_wbl_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "wbl_programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "programme_form_contents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    form_id = table.Column<int>(type: "integer", nullable: false),
                    themes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    specific_outcomes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    work_environment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    assessment_rules = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    recognition_rules = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_form_contents", x => x.id);
                    table.ForeignKey(
                        name: "fk_programme_form_contents_wbl_forms_form_id",
                        column: x => x.form_id,
                        principalTable: "wbl_forms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_programme_form_contents_wbl_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "wbl_programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "programme_history",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
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
                    table.PrimaryKey("pk_programme_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_programme_history_wbl_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "wbl_programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "programme_loads",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    form_id = table.Column<int>(type: "integer", nullable: false),
                    semester = table.Column<int>(type: "integer", nullable: false),
                    hours = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_loads", x => x.id);
                    table.CheckConstraint("ck_programme_loads_hours", "hours >= 0");
                    table.ForeignKey(
                        name: "fk_programme_loads_wbl_forms_form_id",
                        column: x => x.form_id,
                        principalTable: "wbl_forms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_programme_loads_wbl_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "wbl_programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "programme_outcomes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_outcomes", x => x.id);
                    table.ForeignKey(
                        name: "fk_programme_outcomes_wbl_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "wbl_programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "programme_participants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_participants", x => x.id);
                    table.ForeignKey(
                        name: "fk_programme_participants_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_programme_participants_wbl_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "wbl_programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "partnership_history",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    partnership_id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
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
                    table.PrimaryKey("pk_partnership_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_partnership_history_partnerships_partnership_id",
                        column: x => x.partnership_id,
                        principalTable: "partnerships",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "event_attendance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    learner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    group_id = table.Column<Guid>(type: "uuid", nullable: false),
                    attended = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_attendance", x => x.id);
                    table.ForeignKey(
                        name: "fk_event_attendance_information_events_event_id",
                        column: x => x.event_id,
                        principalTable: "information_events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_event_attendance_learners_learner_id",
                        column: x => x.learner_id,
                        principalTable: "learners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "event_participants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    representative = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_participants", x => x.id);
                    table.ForeignKey(
                        name: "fk_event_participants_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_event_participants_information_events_event_id",
                        column: x => x.event_id,
                        principalTable: "information_events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agreements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    learner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    college_confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    college_confirmed_by_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    college_confirmed_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    employer_confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    employer_confirmed_by_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    employer_confirmed_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    learner_confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    learner_confirmed_by_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    learner_confirmed_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    learner_consent_kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    representative_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    scan_file_id = table.Column<Guid>(type: "uuid", nullable: true),
                    cancel_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agreements", x => x.id);
                    table.ForeignKey(
                        name: "fk_agreements_learners_learner_id",
                        column: x => x.learner_id,
                        principalTable: "learners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_agreements_placements_placement_id",
                        column: x => x.placement_id,
                        principalTable: "placements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_agreements_stored_files_scan_file_id",
                        column: x => x.scan_file_id,
                        principalTable: "stored_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "orders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: true),
                    number = table.Column<int>(type: "integer", nullable: true),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: true),
                    issued_by_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    issued_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    basis = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: true),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    employer_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    form_id = table.Column<int>(type: "integer", nullable: true),
                    form_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    start_date = table.Column<DateOnly>(type: "date", nullable: true),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    curator_id = table.Column<Guid>(type: "uuid", nullable: true),
                    curator_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    corrects_order_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orders", x => x.id);
                    table.CheckConstraint("ck_orders_issued_numbered", "(status = 'Draft') OR (number IS NOT NULL AND year IS NOT NULL AND issued_on IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_orders_colleges_college_id",
                        column: x => x.college_id,
                        principalTable: "colleges",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_orders_orders_corrects_order_id",
                        column: x => x.corrects_order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_orders_placements_placement_id",
                        column: x => x.placement_id,
                        principalTable: "placements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "placement_history",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: false),
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
                    table.PrimaryKey("pk_placement_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_placement_history_placements_placement_id",
                        column: x => x.placement_id,
                        principalTable: "placements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "placement_learners",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    mentor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    learner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    group_id = table.Column<Guid>(type: "uuid", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_placement_learners", x => x.id);
                    table.ForeignKey(
                        name: "fk_placement_learners_learners_learner_id",
                        column: x => x.learner_id,
                        principalTable: "learners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_placement_learners_placements_placement_id",
                        column: x => x.placement_id,
                        principalTable: "placements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_placement_learners_study_groups_group_id",
                        column: x => x.group_id,
                        principalTable: "study_groups",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "programme_outcome_competencies",
                columns: table => new
                {
                    competency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    outcome_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_outcome_competencies", x => new { x.competency_id, x.outcome_id });
                    table.ForeignKey(
                        name: "fk_programme_outcome_competencies_competencies_competency_id",
                        column: x => x.competency_id,
                        principalTable: "competencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_programme_outcome_competencies_programme_outcomes_outcome_id",
                        column: x => x.outcome_id,
                        principalTable: "programme_outcomes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agreement_history",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    learner_id = table.Column<Guid>(type: "uuid", nullable: false),
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
                    table.PrimaryKey("pk_agreement_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_agreement_history_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalTable: "agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "order_lines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    line_no = table.Column<int>(type: "integer", nullable: false),
                    learner_id = table.Column<Guid>(type: "uuid", nullable: true),
                    learner_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    group_id = table.Column<Guid>(type: "uuid", nullable: false),
                    group_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    curator_id = table.Column<Guid>(type: "uuid", nullable: true),
                    curator_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_order_lines_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.UpdateData(
                table: "nqf_levels",
                keyColumn: "id",
                keyValue: 4,
                column: "min_wbl_share_percent",
                value: 60m);

            migrationBuilder.UpdateData(
                table: "nqf_levels",
                keyColumn: "id",
                keyValue: 5,
                column: "min_wbl_share_percent",
                value: 40m);

            migrationBuilder.UpdateData(
                table: "nqf_levels",
                keyColumn: "id",
                keyValue: 6,
                column: "min_wbl_share_percent",
                value: 30m);

            migrationBuilder.InsertData(
                table: "wbl_forms",
                columns: new[] { "id", "code", "is_active", "is_formal", "is_long_term", "name_en", "name_ky", "name_ru", "needs_agreement", "needs_assessment", "needs_diary", "needs_employer", "needs_mentor", "sort_order", "stage", "typical_duration_days" },
                values: new object[,]
                {
                    { 1, "guest_lecture", true, true, false, "Employer guest lecture", "Иш берүүчүнүн конок лекциясы", "Гостевая лекция работодателя", false, false, false, true, false, 1, "Preparation", 1 },
                    { 2, "job_fair", true, true, false, "Job fair", "Кесиптер жарманкеси", "Ярмарка профессий", false, false, false, true, false, 2, "Preparation", 1 },
                    { 3, "festival", true, true, false, "Festivals, parades and other events", "Фестивалдар, параддар жана башка иш-чаралар", "Фестивали, парады и другие мероприятия", false, false, false, false, false, 3, "Preparation", 1 },
                    { 4, "excursion", true, true, false, "Workplace excursion", "Жумуш ордуна экскурсия", "Экскурсия на рабочее место", false, false, false, true, false, 4, "GettingToKnow", 1 },
                    { 5, "master_class", true, true, false, "Master class at the workplace", "Жумуш ордундагы мастер-класс", "Мастер-класс на рабочем месте", false, false, false, true, false, 5, "GettingToKnow", 1 },
                    { 6, "volunteering", true, true, false, "Volunteering", "Волонтердук", "Волонтёрство", false, false, false, false, false, 6, "GettingToKnow", null },
                    { 7, "introductory_practice", true, true, false, "Introductory practice", "Окуу-таанышуу практикасы", "Учебно-ознакомительная практика", false, true, true, true, true, 7, "GettingToKnow", 10 },
                    { 8, "offsite_practical_lesson", true, true, false, "Off-site practical lesson at the workplace", "Жумуш ордундагы көчмө практикалык сабак", "Выездное практическое занятие на рабочем месте", false, false, false, true, false, 8, "Engagement", 1 },
                    { 9, "training_complex", true, true, false, "Training in a training-production complex", "Окуу-өндүрүштүк комплексте (ОӨК) окутуу", "Обучение в учебно-производственном комплексе (УПК)", false, true, false, false, false, 9, "Engagement", null },
                    { 10, "laboratory", true, true, false, "Training in an equipped laboratory", "Жабдылган лабораторияда окутуу", "Обучение в оборудованной лаборатории", false, true, false, false, false, 10, "Engagement", null },
                    { 11, "training_ground", true, true, false, "Training at a training ground", "Окуу полигонунда окутуу", "Обучение на учебном полигоне", false, true, false, false, false, 11, "Engagement", null },
                    { 12, "workshop", true, true, false, "Training in a workshop", "Устаканада окутуу", "Обучение в мастерской", false, true, false, false, false, 12, "Engagement", null },
                    { 13, "competition", true, true, false, "Professional competitions and exhibitions (employers on the jury)", "Кесиптик конкурстар жана көргөзмөлөр (калыстар тобу — иш берүүчүлөр)", "Профессиональные конкурсы и выставки (жюри — работодатели)", false, true, false, true, false, 13, "Engagement", 1 },
                    { 14, "study_project", true, true, false, "Study project with employers", "Иш берүүчүлөр менен адистик боюнча окуу долбоору", "Учебный проект по специальности с работодателями", false, true, false, true, true, 14, "Engagement", null },
                    { 15, "production_practice", true, true, true, "Production practice (technological etc.)", "Өндүрүштүк практика (технологиялык ж.б.)", "Производственная практика (технологическая и др.)", true, true, true, true, true, 15, "WorkExperience", 28 },
                    { 16, "dual_training", true, true, true, "Dual training", "Дуалдык окутуу", "Дуальное обучение", true, true, true, true, true, 16, "WorkExperience", 180 },
                    { 17, "pre_diploma_practice", true, true, true, "Pre-diploma (pre-qualification) practice", "Диплом алдындагы (квалификацияга чейинки) практика", "Преддипломная (предквалификационная) практика", true, true, true, true, true, 17, "WorkExperience", 28 },
                    { 18, "internship", true, false, true, "Internship", "Стажировка", "Стажировка", false, false, false, true, true, 18, "WorkExperience", 90 },
                    { 19, "apprenticeship", true, false, true, "Apprenticeship", "Окуучулук", "Ученичество", false, false, false, true, true, 19, "WorkExperience", 180 }
                });

            migrationBuilder.AddCheckConstraint(
                name: "ck_nqf_levels_min_wbl_share",
                table: "nqf_levels",
                sql: "min_wbl_share_percent BETWEEN 0 AND 100");

            migrationBuilder.CreateIndex(
                name: "ix_agreement_history_agreement_id_at",
                table: "agreement_history",
                columns: new[] { "agreement_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_agreement_history_college_id",
                table: "agreement_history",
                column: "college_id");

            migrationBuilder.CreateIndex(
                name: "ix_agreement_history_employer_id",
                table: "agreement_history",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_agreement_history_learner_id",
                table: "agreement_history",
                column: "learner_id");

            migrationBuilder.CreateIndex(
                name: "ix_agreements_college_id_status",
                table: "agreements",
                columns: new[] { "college_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_agreements_employer_id_status",
                table: "agreements",
                columns: new[] { "employer_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_agreements_learner_id",
                table: "agreements",
                column: "learner_id");

            migrationBuilder.CreateIndex(
                name: "ix_agreements_placement_id_learner_id",
                table: "agreements",
                columns: new[] { "placement_id", "learner_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_agreements_scan_file_id",
                table: "agreements",
                column: "scan_file_id");

            migrationBuilder.CreateIndex(
                name: "ix_competencies_college_id",
                table: "competencies",
                column: "college_id");

            migrationBuilder.CreateIndex(
                name: "ix_competencies_specialty_id_code",
                table: "competencies",
                columns: new[] { "specialty_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_event_attendance_college_id",
                table: "event_attendance",
                column: "college_id");

            migrationBuilder.CreateIndex(
                name: "ix_event_attendance_event_id_learner_id",
                table: "event_attendance",
                columns: new[] { "event_id", "learner_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_event_attendance_learner_id",
                table: "event_attendance",
                column: "learner_id");

            migrationBuilder.CreateIndex(
                name: "ix_event_participants_college_id",
                table: "event_participants",
                column: "college_id");

            migrationBuilder.CreateIndex(
                name: "ix_event_participants_employer_id",
                table: "event_participants",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_event_participants_event_id_employer_id",
                table: "event_participants",
                columns: new[] { "event_id", "employer_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_information_events_college_id_starts_at",
                table: "information_events",
                columns: new[] { "college_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_information_events_form_id",
                table: "information_events",
                column: "form_id");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_created_at",
                table: "notifications",
                column: "created_at",
                filter: "email_sent_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_recipient_college_id_created_at",
                table: "notifications",
                columns: new[] { "recipient_college_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_recipient_employer_id_created_at",
                table: "notifications",
                columns: new[] { "recipient_employer_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_recipient_learner_id_created_at",
                table: "notifications",
                columns: new[] { "recipient_learner_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_recipient_mentor_id_created_at",
                table: "notifications",
                columns: new[] { "recipient_mentor_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_order_lines_college_id",
                table: "order_lines",
                column: "college_id");

            migrationBuilder.CreateIndex(
                name: "ix_order_lines_learner_id",
                table: "order_lines",
                column: "learner_id");

            migrationBuilder.CreateIndex(
                name: "ix_order_lines_order_id_line_no",
                table: "order_lines",
                columns: new[] { "order_id", "line_no" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_orders_college_id_year_number",
                table: "orders",
                columns: new[] { "college_id", "year", "number" },
                unique: true,
                filter: "number IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_orders_corrects_order_id",
                table: "orders",
                column: "corrects_order_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_placement_id",
                table: "orders",
                column: "placement_id");

            migrationBuilder.CreateIndex(
                name: "ix_partnership_history_college_id",
                table: "partnership_history",
                column: "college_id");

            migrationBuilder.CreateIndex(
                name: "ix_partnership_history_employer_id",
                table: "partnership_history",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_partnership_history_partnership_id_at",
                table: "partnership_history",
                columns: new[] { "partnership_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_partnerships_college_id_kind_number",
                table: "partnerships",
                columns: new[] { "college_id", "kind", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_partnerships_employer_id_status",
                table: "partnerships",
                columns: new[] { "employer_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_partnerships_scan_file_id",
                table: "partnerships",
                column: "scan_file_id");

            migrationBuilder.CreateIndex(
                name: "ix_placement_history_college_id",
                table: "placement_history",
                column: "college_id");

            migrationBuilder.CreateIndex(
                name: "ix_placement_history_employer_id",
                table: "placement_history",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_placement_history_placement_id_at",
                table: "placement_history",
                columns: new[] { "placement_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_placement_learners_college_id",
                table: "placement_learners",
                column: "college_id");

            migrationBuilder.CreateIndex(
                name: "ix_placement_learners_employer_id",
                table: "placement_learners",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_placement_learners_group_id",
                table: "placement_learners",
                column: "group_id");

            migrationBuilder.CreateIndex(
                name: "ix_placement_learners_learner_id",
                table: "placement_learners",
                column: "learner_id");

            migrationBuilder.CreateIndex(
                name: "ix_placement_learners_mentor_id",
                table: "placement_learners",
                column: "mentor_id");

            migrationBuilder.CreateIndex(
                name: "ix_placement_learners_placement_id_learner_id",
                table: "placement_learners",
                columns: new[] { "placement_id", "learner_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_placements_college_id_start_date",
                table: "placements",
                columns: new[] { "college_id", "start_date" });

            migrationBuilder.CreateIndex(
                name: "ix_placements_curator_id",
                table: "placements",
                column: "curator_id");

            migrationBuilder.CreateIndex(
                name: "ix_placements_employer_id_status",
                table: "placements",
                columns: new[] { "employer_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_placements_form_id",
                table: "placements",
                column: "form_id");

            migrationBuilder.CreateIndex(
                name: "ix_placements_mentor_id",
                table: "placements",
                column: "mentor_id");

            migrationBuilder.CreateIndex(
                name: "ix_placements_programme_id",
                table: "placements",
                column: "programme_id");

            migrationBuilder.CreateIndex(
                name: "ix_programme_comments_college_id",
                table: "programme_comments",
                column: "college_id");

            migrationBuilder.CreateIndex(
                name: "ix_programme_comments_employer_id",
                table: "programme_comments",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_programme_comments_programme_id_at",
                table: "programme_comments",
                columns: new[] { "programme_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_programme_form_contents_college_id",
                table: "programme_form_contents",
                column: "college_id");

            migrationBuilder.CreateIndex(
                name: "ix_programme_form_contents_form_id",
                table: "programme_form_contents",
                column: "form_id");

            migrationBuilder.CreateIndex(
                name: "ix_programme_form_contents_programme_id_form_id",
                table: "programme_form_contents",
                columns: new[] { "programme_id", "form_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_programme_history_college_id",
                table: "programme_history",
                column: "college_id");

            migrationBuilder.CreateIndex(
                name: "ix_programme_history_programme_id_at",
                table: "programme_history",
                columns: new[] { "programme_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_programme_loads_college_id",
                table: "programme_loads",
                column: "college_id");

            migrationBuilder.CreateIndex(
                name: "ix_programme_loads_form_id",
                table: "programme_loads",
                column: "form_id");

            migrationBuilder.CreateIndex(
                name: "ix_programme_loads_programme_id_form_id_semester",
                table: "programme_loads",
                columns: new[] { "programme_id", "form_id", "semester" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_programme_outcome_competencies_outcome_id",
                table: "programme_outcome_competencies",
                column: "outcome_id");

            migrationBuilder.CreateIndex(
                name: "ix_programme_outcomes_college_id",
                table: "programme_outcomes",
                column: "college_id");

            migrationBuilder.CreateIndex(
                name: "ix_programme_outcomes_programme_id_code",
                table: "programme_outcomes",
                columns: new[] { "programme_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_programme_participants_college_id",
                table: "programme_participants",
                column: "college_id");

            migrationBuilder.CreateIndex(
                name: "ix_programme_participants_employer_id",
                table: "programme_participants",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_programme_participants_programme_id_employer_id",
                table: "programme_participants",
                columns: new[] { "programme_id", "employer_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_stored_files_college_id",
                table: "stored_files",
                column: "college_id");

            migrationBuilder.CreateIndex(
                name: "ix_stored_files_employer_id",
                table: "stored_files",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_wbl_forms_code",
                table: "wbl_forms",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_wbl_programmes_college_id_academic_year",
                table: "wbl_programmes",
                columns: new[] { "college_id", "academic_year" });

            migrationBuilder.CreateIndex(
                name: "ix_wbl_programmes_copied_from_id",
                table: "wbl_programmes",
                column: "copied_from_id");

            migrationBuilder.CreateIndex(
                name: "ix_wbl_programmes_specialty_id_academic_year_revision",
                table: "wbl_programmes",
                columns: new[] { "specialty_id", "academic_year", "revision" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agreement_history");

            migrationBuilder.DropTable(
                name: "event_attendance");

            migrationBuilder.DropTable(
                name: "event_participants");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "order_lines");

            migrationBuilder.DropTable(
                name: "partnership_history");

            migrationBuilder.DropTable(
                name: "placement_history");

            migrationBuilder.DropTable(
                name: "placement_learners");

            migrationBuilder.DropTable(
                name: "programme_comments");

            migrationBuilder.DropTable(
                name: "programme_form_contents");

            migrationBuilder.DropTable(
                name: "programme_history");

            migrationBuilder.DropTable(
                name: "programme_loads");

            migrationBuilder.DropTable(
                name: "programme_outcome_competencies");

            migrationBuilder.DropTable(
                name: "programme_participants");

            migrationBuilder.DropTable(
                name: "agreements");

            migrationBuilder.DropTable(
                name: "information_events");

            migrationBuilder.DropTable(
                name: "orders");

            migrationBuilder.DropTable(
                name: "partnerships");

            migrationBuilder.DropTable(
                name: "competencies");

            migrationBuilder.DropTable(
                name: "programme_outcomes");

            migrationBuilder.DropTable(
                name: "placements");

            migrationBuilder.DropTable(
                name: "stored_files");

            migrationBuilder.DropTable(
                name: "wbl_programmes");

            migrationBuilder.DropTable(
                name: "wbl_forms");

            migrationBuilder.DropCheckConstraint(
                name: "ck_nqf_levels_min_wbl_share",
                table: "nqf_levels");

            migrationBuilder.DropColumn(
                name: "min_wbl_share_percent",
                table: "nqf_levels");
        }
    }
}
