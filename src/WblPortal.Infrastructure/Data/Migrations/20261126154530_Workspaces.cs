using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace WblPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class Workspaces : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "assessment_scale",
                table: "wbl_programmes",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "ThreeLevel");

            migrationBuilder.AddColumn<bool>(
                name: "uses_practice_grade",
                table: "wbl_programmes",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "weekly_diary",
                table: "wbl_forms",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "mentor_requirement_gaps",
                table: "placements",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "weekly_diary",
                table: "placements",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "graduated_on",
                table: "learners",
                type: "date",
                nullable: true);

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
                name: "assessments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_learner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    mentor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    learner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    scale = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    grade_required = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    curator_comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    curator_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    curator_submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    mentor_comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    mentor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    mentor_submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    proposed_by = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    final_grade = table.Column<int>(type: "integer", nullable: true),
                    final_comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    curator_confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    curator_confirmed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    mentor_confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    mentor_confirmed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    final_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    acknowledged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    disagreement = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    scores = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessments", x => x.id);
                    table.CheckConstraint("ck_assessments_grade", "final_grade IS NULL OR final_grade BETWEEN 2 AND 5");
                    table.ForeignKey(
                        name: "fk_assessments_learners_learner_id",
                        column: x => x.learner_id,
                        principalTable: "learners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assessments_placement_learners_placement_learner_id",
                        column: x => x.placement_learner_id,
                        principalTable: "placement_learners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assessments_placements_placement_id",
                        column: x => x.placement_id,
                        principalTable: "placements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "diary_evidence",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_learner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    learner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    uploaded_by_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_diary_evidence", x => x.id);
                    table.ForeignKey(
                        name: "fk_diary_evidence_placement_learners_placement_learner_id",
                        column: x => x.placement_learner_id,
                        principalTable: "placement_learners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "employer_sites",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employer_sites", x => x.id);
                    table.ForeignKey(
                        name: "fk_employer_sites_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "enterprise_orders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    order_date = table.Column<DateOnly>(type: "date", nullable: false),
                    head_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    head_position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    basis = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_by_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    created_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_enterprise_orders", x => x.id);
                    table.ForeignKey(
                        name: "fk_enterprise_orders_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "graduate_employments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    learner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    checkpoint = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    employer_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    recorded_on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_by_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    recorded_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_by_graduate = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_graduate_employments", x => x.id);
                    table.ForeignKey(
                        name: "fk_graduate_employments_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_graduate_employments_learners_learner_id",
                        column: x => x.learner_id,
                        principalTable: "learners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mentor_notes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_learner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    learner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    topic = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    author_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mentor_notes", x => x.id);
                    table.ForeignKey(
                        name: "fk_mentor_notes_placement_learners_placement_learner_id",
                        column: x => x.placement_learner_id,
                        principalTable: "placement_learners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mentor_trainings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    mentor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    hours = table.Column<int>(type: "integer", nullable: false),
                    provider = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    certificate_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mentor_trainings", x => x.id);
                    table.CheckConstraint("ck_mentor_trainings_hours", "hours > 0");
                    table.ForeignKey(
                        name: "fk_mentor_trainings_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_mentor_trainings_mentors_mentor_id",
                        column: x => x.mentor_id,
                        principalTable: "mentors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "safety_inductions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_learner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    learner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    charter = table.Column<bool>(type: "boolean", nullable: false),
                    internal_rules = table.Column<bool>(type: "boolean", nullable: false),
                    sanitary = table.Column<bool>(type: "boolean", nullable: false),
                    fire_safety = table.Column<bool>(type: "boolean", nullable: false),
                    labour_protection = table.Column<bool>(type: "boolean", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    conducted_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    conducted_by_position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    acknowledged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_safety_inductions", x => x.id);
                    table.ForeignKey(
                        name: "fk_safety_inductions_placement_learners_placement_learner_id",
                        column: x => x.placement_learner_id,
                        principalTable: "placement_learners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
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

            migrationBuilder.CreateTable(
                name: "diary_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_learner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    learner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    week_start = table.Column<DateOnly>(type: "date", nullable: false),
                    hours = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    tasks = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    outcome_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    evidence_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    written_by_mentor = table.Column<bool>(type: "boolean", nullable: false),
                    author_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    corrects_entry_id = table.Column<Guid>(type: "uuid", nullable: true),
                    return_comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    returned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    approved_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    countersigned_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    countersigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_diary_entries", x => x.id);
                    table.CheckConstraint("ck_diary_entries_hours", "hours > 0 AND hours <= 60");
                    table.ForeignKey(
                        name: "fk_diary_entries_diary_entries_corrects_entry_id",
                        column: x => x.corrects_entry_id,
                        principalTable: "diary_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_diary_entries_diary_evidence_evidence_id",
                        column: x => x.evidence_id,
                        principalTable: "diary_evidence",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_diary_entries_placement_learners_placement_learner_id",
                        column: x => x.placement_learner_id,
                        principalTable: "placement_learners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "enterprise_order_lines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    mentor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    mentor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    mentor_position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    mentor_gaps = table.Column<int>(type: "integer", nullable: false),
                    line_no = table.Column<int>(type: "integer", nullable: false),
                    learner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    learner_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    group_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    college_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    form_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_enterprise_order_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_enterprise_order_lines_enterprise_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "enterprise_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_enterprise_order_lines_mentors_mentor_id",
                        column: x => x.mentor_id,
                        principalTable: "mentors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_enterprise_order_lines_placements_placement_id",
                        column: x => x.placement_id,
                        principalTable: "placements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "graduate_employment_history",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
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
                    table.PrimaryKey("pk_graduate_employment_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_graduate_employment_history_graduate_employments_employment",
                        column: x => x.employment_id,
                        principalTable: "graduate_employments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.UpdateData(
                table: "wbl_forms",
                keyColumn: "id",
                keyValue: 1,
                column: "weekly_diary",
                value: false);

            migrationBuilder.UpdateData(
                table: "wbl_forms",
                keyColumn: "id",
                keyValue: 2,
                column: "weekly_diary",
                value: false);

            migrationBuilder.UpdateData(
                table: "wbl_forms",
                keyColumn: "id",
                keyValue: 3,
                column: "weekly_diary",
                value: false);

            migrationBuilder.UpdateData(
                table: "wbl_forms",
                keyColumn: "id",
                keyValue: 4,
                column: "weekly_diary",
                value: false);

            migrationBuilder.UpdateData(
                table: "wbl_forms",
                keyColumn: "id",
                keyValue: 5,
                column: "weekly_diary",
                value: false);

            migrationBuilder.UpdateData(
                table: "wbl_forms",
                keyColumn: "id",
                keyValue: 6,
                column: "weekly_diary",
                value: false);

            migrationBuilder.UpdateData(
                table: "wbl_forms",
                keyColumn: "id",
                keyValue: 7,
                column: "weekly_diary",
                value: false);

            migrationBuilder.UpdateData(
                table: "wbl_forms",
                keyColumn: "id",
                keyValue: 8,
                column: "weekly_diary",
                value: false);

            migrationBuilder.UpdateData(
                table: "wbl_forms",
                keyColumn: "id",
                keyValue: 9,
                column: "weekly_diary",
                value: false);

            migrationBuilder.UpdateData(
                table: "wbl_forms",
                keyColumn: "id",
                keyValue: 10,
                column: "weekly_diary",
                value: false);

            migrationBuilder.UpdateData(
                table: "wbl_forms",
                keyColumn: "id",
                keyValue: 11,
                column: "weekly_diary",
                value: false);

            migrationBuilder.UpdateData(
                table: "wbl_forms",
                keyColumn: "id",
                keyValue: 12,
                column: "weekly_diary",
                value: false);

            migrationBuilder.UpdateData(
                table: "wbl_forms",
                keyColumn: "id",
                keyValue: 13,
                column: "weekly_diary",
                value: false);

            migrationBuilder.UpdateData(
                table: "wbl_forms",
                keyColumn: "id",
                keyValue: 14,
                column: "weekly_diary",
                value: false);

            migrationBuilder.UpdateData(
                table: "wbl_forms",
                keyColumn: "id",
                keyValue: 15,
                column: "weekly_diary",
                value: false);

            migrationBuilder.UpdateData(
                table: "wbl_forms",
                keyColumn: "id",
                keyValue: 16,
                column: "weekly_diary",
                value: true);

            migrationBuilder.UpdateData(
                table: "wbl_forms",
                keyColumn: "id",
                keyValue: 17,
                column: "weekly_diary",
                value: false);

            migrationBuilder.UpdateData(
                table: "wbl_forms",
                keyColumn: "id",
                keyValue: 18,
                column: "weekly_diary",
                value: false);

            migrationBuilder.UpdateData(
                table: "wbl_forms",
                keyColumn: "id",
                keyValue: 19,
                column: "weekly_diary",
                value: false);

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
                name: "ix_assessments_college_id",
                table: "assessments",
                column: "college_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_employer_id",
                table: "assessments",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_learner_id",
                table: "assessments",
                column: "learner_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_mentor_id",
                table: "assessments",
                column: "mentor_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_placement_id_learner_id",
                table: "assessments",
                columns: new[] { "placement_id", "learner_id" });

            migrationBuilder.CreateIndex(
                name: "ix_assessments_placement_learner_id",
                table: "assessments",
                column: "placement_learner_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_diary_entries_college_id",
                table: "diary_entries",
                column: "college_id");

            migrationBuilder.CreateIndex(
                name: "ix_diary_entries_corrects_entry_id",
                table: "diary_entries",
                column: "corrects_entry_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_diary_entries_employer_id",
                table: "diary_entries",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_diary_entries_evidence_id",
                table: "diary_entries",
                column: "evidence_id");

            migrationBuilder.CreateIndex(
                name: "ix_diary_entries_learner_id",
                table: "diary_entries",
                column: "learner_id");

            migrationBuilder.CreateIndex(
                name: "ix_diary_entries_placement_learner_id_date",
                table: "diary_entries",
                columns: new[] { "placement_learner_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_diary_entries_status_submitted_at",
                table: "diary_entries",
                columns: new[] { "status", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_diary_evidence_placement_learner_id",
                table: "diary_evidence",
                column: "placement_learner_id");

            migrationBuilder.CreateIndex(
                name: "ix_employer_sites_employer_id_name",
                table: "employer_sites",
                columns: new[] { "employer_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_enterprise_order_lines_college_id",
                table: "enterprise_order_lines",
                column: "college_id");

            migrationBuilder.CreateIndex(
                name: "ix_enterprise_order_lines_mentor_id",
                table: "enterprise_order_lines",
                column: "mentor_id");

            migrationBuilder.CreateIndex(
                name: "ix_enterprise_order_lines_order_id_line_no",
                table: "enterprise_order_lines",
                columns: new[] { "order_id", "line_no" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_enterprise_order_lines_placement_id",
                table: "enterprise_order_lines",
                column: "placement_id");

            migrationBuilder.CreateIndex(
                name: "ix_enterprise_orders_employer_id_year_number",
                table: "enterprise_orders",
                columns: new[] { "employer_id", "year", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_graduate_employment_history_college_id",
                table: "graduate_employment_history",
                column: "college_id");

            migrationBuilder.CreateIndex(
                name: "ix_graduate_employment_history_employment_id_at",
                table: "graduate_employment_history",
                columns: new[] { "employment_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_graduate_employment_history_learner_id",
                table: "graduate_employment_history",
                column: "learner_id");

            migrationBuilder.CreateIndex(
                name: "ix_graduate_employments_college_id",
                table: "graduate_employments",
                column: "college_id");

            migrationBuilder.CreateIndex(
                name: "ix_graduate_employments_employer_id",
                table: "graduate_employments",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_graduate_employments_learner_id_checkpoint",
                table: "graduate_employments",
                columns: new[] { "learner_id", "checkpoint" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_mentor_notes_college_id",
                table: "mentor_notes",
                column: "college_id");

            migrationBuilder.CreateIndex(
                name: "ix_mentor_notes_placement_learner_id_date",
                table: "mentor_notes",
                columns: new[] { "placement_learner_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_mentor_trainings_employer_id",
                table: "mentor_trainings",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_mentor_trainings_mentor_id_date",
                table: "mentor_trainings",
                columns: new[] { "mentor_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_roadmap_measures_number",
                table: "roadmap_measures",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_safety_inductions_college_id",
                table: "safety_inductions",
                column: "college_id");

            migrationBuilder.CreateIndex(
                name: "ix_safety_inductions_employer_id",
                table: "safety_inductions",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_safety_inductions_learner_id",
                table: "safety_inductions",
                column: "learner_id");

            migrationBuilder.CreateIndex(
                name: "ix_safety_inductions_placement_learner_id",
                table: "safety_inductions",
                column: "placement_learner_id",
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
                name: "assessments");

            migrationBuilder.DropTable(
                name: "diary_entries");

            migrationBuilder.DropTable(
                name: "employer_sites");

            migrationBuilder.DropTable(
                name: "enterprise_order_lines");

            migrationBuilder.DropTable(
                name: "graduate_employment_history");

            migrationBuilder.DropTable(
                name: "mentor_notes");

            migrationBuilder.DropTable(
                name: "mentor_trainings");

            migrationBuilder.DropTable(
                name: "roadmap_measures");

            migrationBuilder.DropTable(
                name: "safety_inductions");

            migrationBuilder.DropTable(
                name: "annual_reports");

            migrationBuilder.DropTable(
                name: "diary_evidence");

            migrationBuilder.DropTable(
                name: "enterprise_orders");

            migrationBuilder.DropTable(
                name: "graduate_employments");

            migrationBuilder.DropColumn(
                name: "assessment_scale",
                table: "wbl_programmes");

            migrationBuilder.DropColumn(
                name: "uses_practice_grade",
                table: "wbl_programmes");

            migrationBuilder.DropColumn(
                name: "weekly_diary",
                table: "wbl_forms");

            migrationBuilder.DropColumn(
                name: "mentor_requirement_gaps",
                table: "placements");

            migrationBuilder.DropColumn(
                name: "weekly_diary",
                table: "placements");

            migrationBuilder.DropColumn(
                name: "graduated_on",
                table: "learners");
        }
    }
}
