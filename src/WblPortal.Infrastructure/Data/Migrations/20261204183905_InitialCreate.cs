using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace WblPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    full_name = table.Column<string>(type: "text", nullable: false),
                    organization_kind = table.Column<int>(type: "integer", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: true),
                    mentor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    learner_id = table.Column<Guid>(type: "uuid", nullable: true),
                    preferred_culture = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    password_hash = table.Column<string>(type: "text", nullable: true),
                    security_stamp = table.Column<string>(type: "text", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true),
                    phone_number = table.Column<string>(type: "text", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    access_failed_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_log",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: true),
                    entity_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    entity_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    action = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    changes = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_log", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "text", nullable: true),
                    xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "invitations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    organization_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: true),
                    mentor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    learner_id = table.Column<Guid>(type: "uuid", nullable: true),
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    invited_by_user_id = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_invitations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "ministries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name_ky = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    name_ru = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    name_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ministries", x => x.id);
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
                    email_sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "nqf_levels",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    name_ky = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_ru = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    min_wbl_share_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_nqf_levels", x => x.id);
                    table.CheckConstraint("ck_nqf_levels_min_wbl_share", "min_wbl_share_percent BETWEEN 0 AND 100");
                });

            migrationBuilder.CreateTable(
                name: "regions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    name_ky = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name_ru = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name_en = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_regions", x => x.id);
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
                    weekly_diary = table.Column<bool>(type: "boolean", nullable: false),
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
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    role_id = table.Column<string>(type: "text", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_role_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_asp_net_role_claims_asp_net_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "AspNetRoles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<string>(type: "text", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_asp_net_user_claims_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    provider_key = table.Column<string>(type: "text", nullable: false),
                    provider_display_name = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_asp_net_user_logins_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    role_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_asp_net_user_roles_asp_net_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "AspNetRoles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_asp_net_user_roles_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_asp_net_user_tokens_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "notification_reads",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    notification_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notification_reads", x => x.id);
                    table.ForeignKey(
                        name: "fk_notification_reads_notifications_notification_id",
                        column: x => x.notification_id,
                        principalTable: "notifications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "colleges",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name_ky = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    name_ru = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    name_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    director_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ministry_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_colleges", x => x.id);
                    table.ForeignKey(
                        name: "fk_colleges_ministries_ministry_id",
                        column: x => x.ministry_id,
                        principalTable: "ministries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_colleges_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "employers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    inn = table.Column<string>(type: "character(14)", fixedLength: true, maxLength: 14, nullable: false),
                    sector = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    contact_person = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    phone = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employers", x => x.id);
                    table.ForeignKey(
                        name: "fk_employers_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                name: "college_nqf_levels",
                columns: table => new
                {
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    nqf_levels_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_college_nqf_levels", x => new { x.college_id, x.nqf_levels_id });
                    table.ForeignKey(
                        name: "fk_college_nqf_levels_colleges_college_id",
                        column: x => x.college_id,
                        principalTable: "colleges",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_college_nqf_levels_nqf_levels_nqf_levels_id",
                        column: x => x.nqf_levels_id,
                        principalTable: "nqf_levels",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "curators",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    phone = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_curators", x => x.id);
                    table.ForeignKey(
                        name: "fk_curators_colleges_college_id",
                        column: x => x.college_id,
                        principalTable: "colleges",
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
                name: "issued_documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    date = table.Column<DateOnly>(type: "date", nullable: true),
                    issuer_organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    entity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_issued_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_issued_documents_colleges_issuer_organization_id",
                        column: x => x.issuer_organization_id,
                        principalTable: "colleges",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "specialties",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name_ky = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    name_ru = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    nqf_level_id = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_specialties", x => x.id);
                    table.ForeignKey(
                        name: "fk_specialties_colleges_college_id",
                        column: x => x.college_id,
                        principalTable: "colleges",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_specialties_nqf_levels_nqf_level_id",
                        column: x => x.nqf_level_id,
                        principalTable: "nqf_levels",
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
                name: "mentors",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    education_level = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    years_of_experience = table.Column<int>(type: "integer", nullable: false),
                    skill_grade = table.Column<int>(type: "integer", nullable: true),
                    pedagogical_training_date = table.Column<DateOnly>(type: "date", nullable: true),
                    phone = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mentors", x => x.id);
                    table.ForeignKey(
                        name: "fk_mentors_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "study_groups",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    specialty_id = table.Column<Guid>(type: "uuid", nullable: false),
                    intake_year = table.Column<int>(type: "integer", nullable: false),
                    year_of_study = table.Column<int>(type: "integer", nullable: false),
                    curator_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_study_groups", x => x.id);
                    table.ForeignKey(
                        name: "fk_study_groups_colleges_college_id",
                        column: x => x.college_id,
                        principalTable: "colleges",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_study_groups_curators_curator_id",
                        column: x => x.curator_id,
                        principalTable: "curators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_study_groups_specialties_specialty_id",
                        column: x => x.specialty_id,
                        principalTable: "specialties",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
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
                    assessment_scale = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, defaultValue: "ThreeLevel"),
                    uses_practice_grade = table.Column<bool>(type: "boolean", nullable: false, defaultValue: true),
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
                name: "learners",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    group_id = table.Column<Guid>(type: "uuid", nullable: false),
                    last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    patronymic = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    pin = table.Column<string>(type: "character(14)", fixedLength: true, maxLength: 14, nullable: false),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: false),
                    gender = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    has_special_needs = table.Column<bool>(type: "boolean", nullable: false),
                    special_needs_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    representative_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    representative_phone = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    phone = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    graduated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_learners", x => x.id);
                    table.ForeignKey(
                        name: "fk_learners_colleges_college_id",
                        column: x => x.college_id,
                        principalTable: "colleges",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_learners_study_groups_group_id",
                        column: x => x.group_id,
                        principalTable: "study_groups",
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
                    mentor_requirement_gaps = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    shared_with_employer_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    requires_employer = table.Column<bool>(type: "boolean", nullable: false),
                    requires_mentor = table.Column<bool>(type: "boolean", nullable: false),
                    requires_agreement = table.Column<bool>(type: "boolean", nullable: false),
                    requires_assessment = table.Column<bool>(type: "boolean", nullable: false),
                    is_long_term = table.Column<bool>(type: "boolean", nullable: false),
                    weekly_diary = table.Column<bool>(type: "boolean", nullable: false),
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
                    issuer_name_ky = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    issuer_name_ru = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    issuer_city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    issuer_address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    issuer_director_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
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

            migrationBuilder.InsertData(
                table: "nqf_levels",
                columns: new[] { "id", "level", "min_wbl_share_percent", "name_en", "name_ky", "name_ru" },
                values: new object[,]
                {
                    { 4, 4, 60m, "Level 4: primary vocational education", "4-деңгээл: баштапкы кесиптик билим берүү (БКБ)", "Уровень 4: начальное профессиональное образование (НПО)" },
                    { 5, 5, 40m, "Level 5: secondary vocational education", "5-деңгээл: орто кесиптик билим берүү (ОКБ)", "Уровень 5: среднее профессиональное образование (СПО)" },
                    { 6, 6, 30m, "Level 6: higher professional education", "6-деңгээл: жогорку кесиптик билим берүү (ЖКБ)", "Уровень 6: высшее профессиональное образование (ВПО)" }
                });

            migrationBuilder.InsertData(
                table: "regions",
                columns: new[] { "id", "code", "name_en", "name_ky", "name_ru", "sort_order" },
                values: new object[,]
                {
                    { 1, "KG-GB", "Bishkek City", "Бишкек шаары", "г. Бишкек", 1 },
                    { 2, "KG-GO", "Osh City", "Ош шаары", "г. Ош", 2 },
                    { 3, "KG-B", "Batken Region", "Баткен облусу", "Баткенская обл.", 3 },
                    { 4, "KG-J", "Jalal-Abad Region", "Жалал-Абад облусу", "Джалал-Абадская обл.", 4 },
                    { 5, "KG-Y", "Issyk-Kul Region", "Ысык-Көл облусу", "Иссык-Кульская обл.", 5 },
                    { 6, "KG-N", "Naryn Region", "Нарын облусу", "Нарынская обл.", 6 },
                    { 7, "KG-O", "Osh Region", "Ош облусу", "Ошская обл.", 7 },
                    { 8, "KG-T", "Talas Region", "Талас облусу", "Таласская обл.", 8 },
                    { 9, "KG-C", "Chuy Region", "Чүй облусу", "Чуйская обл.", 9 }
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

            migrationBuilder.InsertData(
                table: "wbl_forms",
                columns: new[] { "id", "code", "is_active", "is_formal", "is_long_term", "name_en", "name_ky", "name_ru", "needs_agreement", "needs_assessment", "needs_diary", "needs_employer", "needs_mentor", "sort_order", "stage", "typical_duration_days", "weekly_diary" },
                values: new object[,]
                {
                    { 1, "guest_lecture", true, true, false, "Employer guest lecture", "Иш берүүчүнүн конок лекциясы", "Гостевая лекция работодателя", false, false, false, true, false, 1, "Preparation", 1, false },
                    { 2, "job_fair", true, true, false, "Job fair", "Кесиптер жарманкеси", "Ярмарка профессий", false, false, false, true, false, 2, "Preparation", 1, false },
                    { 3, "festival", true, true, false, "Festivals, parades and other events", "Фестивалдар, параддар жана башка иш-чаралар", "Фестивали, парады и другие мероприятия", false, false, false, false, false, 3, "Preparation", 1, false },
                    { 4, "excursion", true, true, false, "Workplace excursion", "Жумуш ордуна экскурсия", "Экскурсия на рабочее место", false, false, false, true, false, 4, "GettingToKnow", 1, false },
                    { 5, "master_class", true, true, false, "Master class at the workplace", "Жумуш ордундагы мастер-класс", "Мастер-класс на рабочем месте", false, false, false, true, false, 5, "GettingToKnow", 1, false },
                    { 6, "volunteering", true, true, false, "Volunteering", "Волонтердук", "Волонтёрство", false, false, false, false, false, 6, "GettingToKnow", null, false },
                    { 7, "introductory_practice", true, true, false, "Introductory practice", "Окуу-таанышуу практикасы", "Учебно-ознакомительная практика", false, true, true, true, true, 7, "GettingToKnow", 10, false },
                    { 8, "offsite_practical_lesson", true, true, false, "Off-site practical lesson at the workplace", "Жумуш ордундагы көчмө практикалык сабак", "Выездное практическое занятие на рабочем месте", false, false, false, true, false, 8, "Engagement", 1, false },
                    { 9, "training_complex", true, true, false, "Training in a training-production complex", "Окуу-өндүрүштүк комплексте (ОӨК) окутуу", "Обучение в учебно-производственном комплексе (УПК)", false, true, false, false, false, 9, "Engagement", null, false },
                    { 10, "laboratory", true, true, false, "Training in an equipped laboratory", "Жабдылган лабораторияда окутуу", "Обучение в оборудованной лаборатории", false, true, false, false, false, 10, "Engagement", null, false },
                    { 11, "training_ground", true, true, false, "Training at a training ground", "Окуу полигонунда окутуу", "Обучение на учебном полигоне", false, true, false, false, false, 11, "Engagement", null, false },
                    { 12, "workshop", true, true, false, "Training in a workshop", "Устаканада окутуу", "Обучение в мастерской", false, true, false, false, false, 12, "Engagement", null, false },
                    { 13, "competition", true, true, false, "Professional competitions and exhibitions (employers on the jury)", "Кесиптик конкурстар жана көргөзмөлөр (калыстар тобу — иш берүүчүлөр)", "Профессиональные конкурсы и выставки (жюри — работодатели)", false, true, false, true, false, 13, "Engagement", 1, false },
                    { 14, "study_project", true, true, false, "Study project with employers", "Иш берүүчүлөр менен адистик боюнча окуу долбоору", "Учебный проект по специальности с работодателями", false, true, false, true, true, 14, "Engagement", null, false },
                    { 15, "production_practice", true, true, true, "Production practice (technological etc.)", "Өндүрүштүк практика (технологиялык ж.б.)", "Производственная практика (технологическая и др.)", true, true, true, true, true, 15, "WorkExperience", 28, false },
                    { 16, "dual_training", true, true, true, "Dual training", "Дуалдык окутуу", "Дуальное обучение", true, true, true, true, true, 16, "WorkExperience", 180, true },
                    { 17, "pre_diploma_practice", true, true, true, "Pre-diploma (pre-qualification) practice", "Диплом алдындагы (квалификацияга чейинки) практика", "Преддипломная (предквалификационная) практика", true, true, true, true, true, 17, "WorkExperience", 28, false },
                    { 18, "internship", true, false, true, "Internship", "Стажировка", "Стажировка", false, false, false, true, true, 18, "WorkExperience", 90, false },
                    { 19, "apprenticeship", true, false, true, "Apprenticeship", "Окуучулук", "Ученичество", false, false, false, true, true, 19, "WorkExperience", 180, false }
                });

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
                name: "ix_asp_net_role_claims_role_id",
                table: "AspNetRoleClaims",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_claims_user_id",
                table: "AspNetUserClaims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_logins_user_id",
                table: "AspNetUserLogins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_roles_role_id",
                table: "AspNetUserRoles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "normalized_user_name",
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
                name: "ix_audit_log_at",
                table: "audit_log",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_entity_type_entity_key",
                table: "audit_log",
                columns: new[] { "entity_type", "entity_key" });

            migrationBuilder.CreateIndex(
                name: "ix_college_nqf_levels_nqf_levels_id",
                table: "college_nqf_levels",
                column: "nqf_levels_id");

            migrationBuilder.CreateIndex(
                name: "ix_colleges_ministry_id",
                table: "colleges",
                column: "ministry_id");

            migrationBuilder.CreateIndex(
                name: "ix_colleges_name_ky",
                table: "colleges",
                column: "name_ky",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_colleges_region_id",
                table: "colleges",
                column: "region_id");

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
                name: "ix_curators_college_id",
                table: "curators",
                column: "college_id");

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
                name: "ix_diary_entries_placement_learner_id_status_week_start",
                table: "diary_entries",
                columns: new[] { "placement_learner_id", "status", "week_start" });

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
                name: "ix_employers_inn",
                table: "employers",
                column: "inn",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_employers_region_id",
                table: "employers",
                column: "region_id");

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
                name: "ix_information_events_college_id_starts_at",
                table: "information_events",
                columns: new[] { "college_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_information_events_form_id",
                table: "information_events",
                column: "form_id");

            migrationBuilder.CreateIndex(
                name: "ix_invitations_token_hash",
                table: "invitations",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_issued_documents_code",
                table: "issued_documents",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_issued_documents_issuer_organization_id",
                table: "issued_documents",
                column: "issuer_organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_issued_documents_kind_entity_id",
                table: "issued_documents",
                columns: new[] { "kind", "entity_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_learners_college_id_last_name_first_name",
                table: "learners",
                columns: new[] { "college_id", "last_name", "first_name" });

            migrationBuilder.CreateIndex(
                name: "ix_learners_group_id",
                table: "learners",
                column: "group_id");

            migrationBuilder.CreateIndex(
                name: "ix_learners_pin",
                table: "learners",
                column: "pin",
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
                name: "ix_mentors_employer_id",
                table: "mentors",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_notification_reads_notification_id_user_id",
                table: "notification_reads",
                columns: new[] { "notification_id", "user_id" },
                unique: true);

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
                name: "ix_nqf_levels_level",
                table: "nqf_levels",
                column: "level",
                unique: true);

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
                name: "ix_placement_learners_employer_id_mentor_id",
                table: "placement_learners",
                columns: new[] { "employer_id", "mentor_id" });

            migrationBuilder.CreateIndex(
                name: "ix_placement_learners_group_id",
                table: "placement_learners",
                column: "group_id");

            migrationBuilder.CreateIndex(
                name: "ix_placement_learners_learner_id_mentor_id_employer_id",
                table: "placement_learners",
                columns: new[] { "learner_id", "mentor_id", "employer_id" });

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
                name: "ix_placement_learners_placement_id_mentor_id",
                table: "placement_learners",
                columns: new[] { "placement_id", "mentor_id" });

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
                name: "ix_regions_code",
                table: "regions",
                column: "code",
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "ix_specialties_college_id_code",
                table: "specialties",
                columns: new[] { "college_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_specialties_nqf_level_id",
                table: "specialties",
                column: "nqf_level_id");

            migrationBuilder.CreateIndex(
                name: "ix_stored_files_college_id",
                table: "stored_files",
                column: "college_id");

            migrationBuilder.CreateIndex(
                name: "ix_stored_files_employer_id",
                table: "stored_files",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_study_groups_college_id_name",
                table: "study_groups",
                columns: new[] { "college_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_study_groups_curator_id",
                table: "study_groups",
                column: "curator_id");

            migrationBuilder.CreateIndex(
                name: "ix_study_groups_specialty_id",
                table: "study_groups",
                column: "specialty_id");

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

            // The national figures (materialized views, refreshed by NationalFiguresRefresher). Written out here, not
            // read from code, so this migration stays what it was when applied; a change to a view is a new migration.
            migrationBuilder.Sql("""
                CREATE MATERIALIZED VIEW ministry_wbl_cells AS
                SELECT academic_year, college_id, region_id, nqf_level_id, specialty_code, form_id, stage, sector, gender, has_special_needs,
                       employer_id, mentor_id, mentor_trained,
                       count(*) FILTER (WHERE l_any)::int AS l_any, count(*) FILTER (WHERE l_form)::int AS l_form,
                       count(*) FILTER (WHERE l_stage)::int AS l_stage, count(*) FILTER (WHERE l_sector)::int AS l_sector,
                       count(*) FILTER (WHERE l_form_sector)::int AS l_form_sector, count(*) FILTER (WHERE l_stage_sector)::int AS l_stage_sector,
                       count(*) FILTER (WHERE p_any)::int AS p_any, count(*) FILTER (WHERE p_gender)::int AS p_gender,
                       count(*) FILTER (WHERE p_sen)::int AS p_sen, count(*) FILTER (WHERE p_gender_sen)::int AS p_gender_sen
                FROM (
                    SELECT x.*,
                        row_number() OVER (PARTITION BY academic_year, learner_id ORDER BY id) = 1 AS l_any,
                        row_number() OVER (PARTITION BY academic_year, learner_id, form_id ORDER BY id) = 1 AS l_form,
                        row_number() OVER (PARTITION BY academic_year, learner_id, stage ORDER BY id) = 1 AS l_stage,
                        row_number() OVER (PARTITION BY academic_year, learner_id, sector ORDER BY id) = 1 AS l_sector,
                        row_number() OVER (PARTITION BY academic_year, learner_id, form_id, sector ORDER BY id) = 1 AS l_form_sector,
                        row_number() OVER (PARTITION BY academic_year, learner_id, stage, sector ORDER BY id) = 1 AS l_stage_sector,
                        row_number() OVER (PARTITION BY placement_id ORDER BY id) = 1 AS p_any,
                        row_number() OVER (PARTITION BY placement_id, gender ORDER BY id) = 1 AS p_gender,
                        row_number() OVER (PARTITION BY placement_id, has_special_needs ORDER BY id) = 1 AS p_sen,
                        row_number() OVER (PARTITION BY placement_id, gender, has_special_needs ORDER BY id) = 1 AS p_gender_sen
                    FROM (
                        SELECT pl.id, pl.placement_id, pl.learner_id, pl.college_id, c.region_id, pr.academic_year, s.nqf_level_id,
                               pr.specialty_code, p.form_id, f.stage, e.sector, l.gender, l.has_special_needs, p.employer_id, p.mentor_id,
                               (m.pedagogical_training_date IS NOT NULL) AS mentor_trained
                        FROM placement_learners pl
                        JOIN placements p ON p.id = pl.placement_id
                        JOIN wbl_programmes pr ON pr.id = p.programme_id
                        JOIN specialties s ON s.id = pr.specialty_id
                        JOIN colleges c ON c.id = p.college_id
                        JOIN wbl_forms f ON f.id = p.form_id
                        JOIN learners l ON l.id = pl.learner_id
                        LEFT JOIN employers e ON e.id = p.employer_id
                        LEFT JOIN mentors m ON m.id = p.mentor_id
                        WHERE p.status IN ('InProgress', 'Completed', 'Assessed')) x) y
                GROUP BY academic_year, college_id, region_id, nqf_level_id, specialty_code, form_id, stage, sector, gender, has_special_needs,
                         employer_id, mentor_id, mentor_trained
                WITH NO DATA;
                CREATE UNIQUE INDEX ux_ministry_wbl_cells ON ministry_wbl_cells (academic_year, college_id, specialty_code, form_id, gender,
                    has_special_needs, employer_id, mentor_id, region_id, nqf_level_id, stage, sector, mentor_trained) NULLS NOT DISTINCT;
                CREATE INDEX ix_ministry_wbl_cells_year_region ON ministry_wbl_cells (academic_year, region_id);
                CREATE INDEX ix_ministry_wbl_cells_year_nqf ON ministry_wbl_cells (academic_year, nqf_level_id);
                CREATE INDEX ix_ministry_wbl_cells_year_specialty ON ministry_wbl_cells (academic_year, specialty_code);
                CREATE INDEX ix_ministry_wbl_cells_year_form ON ministry_wbl_cells (academic_year, form_id);
                CREATE INDEX ix_ministry_wbl_cells_college ON ministry_wbl_cells (college_id);
                CREATE MATERIALIZED VIEW ministry_wbl_refreshed AS SELECT now() AS refreshed_at WITH NO DATA;
                CREATE MATERIALIZED VIEW ministry_wbl_learner_cells AS
                SELECT academic_year, college_id, region_id, nqf_level_id, specialty_code, gender, has_special_needs,
                       sum(l_any)::int AS l_any, sum(p_any)::int AS p_any, sum(p_gender)::int AS p_gender,
                       sum(p_sen)::int AS p_sen, sum(p_gender_sen)::int AS p_gender_sen
                FROM ministry_wbl_cells
                GROUP BY academic_year, college_id, region_id, nqf_level_id, specialty_code, gender, has_special_needs
                WITH NO DATA;
                CREATE UNIQUE INDEX ux_ministry_wbl_learner_cells ON ministry_wbl_learner_cells (academic_year, college_id, specialty_code, gender,
                    has_special_needs, region_id, nqf_level_id);
                CREATE MATERIALIZED VIEW ministry_wbl_forms_table AS
                SELECT academic_year, college_id, region_id, table_column, count(DISTINCT learner_id)::int AS learners
                FROM (
                    SELECT pr.academic_year, pl.college_id, c.region_id,
                           CASE WHEN p.form_id IN (10, 11, 12) THEN 9 WHEN p.form_id = 16 THEN 15 WHEN p.form_id IN (2, 3, 19) THEN 1 ELSE p.form_id END AS table_column,
                           pl.learner_id
                    FROM placement_learners pl
                    JOIN placements p ON p.id = pl.placement_id
                    JOIN wbl_programmes pr ON pr.id = p.programme_id
                    JOIN colleges c ON c.id = pl.college_id
                    WHERE p.status IN ('InProgress', 'Completed', 'Assessed')
                    UNION ALL
                    SELECT extract(year FROM (e.starts_at AT TIME ZONE 'UTC') + interval '6 hours' - interval '8 months')::int, a.college_id, c.region_id,
                           CASE WHEN e.form_id IN (10, 11, 12) THEN 9 WHEN e.form_id = 16 THEN 15 WHEN e.form_id IN (2, 3, 19) THEN 1 ELSE e.form_id END,
                           a.learner_id
                    FROM event_attendance a
                    JOIN information_events e ON e.id = a.event_id
                    JOIN colleges c ON c.id = a.college_id
                    WHERE a.attended AND e.status = 'Held') x
                GROUP BY academic_year, college_id, region_id, table_column
                WITH NO DATA;
                CREATE UNIQUE INDEX ux_ministry_wbl_forms_table ON ministry_wbl_forms_table (academic_year, college_id, table_column);
                CREATE INDEX ix_ministry_wbl_forms_table_region ON ministry_wbl_forms_table (academic_year, region_id);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP MATERIALIZED VIEW IF EXISTS ministry_wbl_forms_table;
                DROP MATERIALIZED VIEW IF EXISTS ministry_wbl_learner_cells;
                DROP MATERIALIZED VIEW IF EXISTS ministry_wbl_refreshed;
                DROP MATERIALIZED VIEW IF EXISTS ministry_wbl_cells;
                """);

            migrationBuilder.DropTable(
                name: "agreement_history");

            migrationBuilder.DropTable(
                name: "annual_report_history");

            migrationBuilder.DropTable(
                name: "annual_report_responses");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "assessments");

            migrationBuilder.DropTable(
                name: "audit_log");

            migrationBuilder.DropTable(
                name: "college_nqf_levels");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "diary_entries");

            migrationBuilder.DropTable(
                name: "employer_sites");

            migrationBuilder.DropTable(
                name: "enterprise_order_lines");

            migrationBuilder.DropTable(
                name: "event_attendance");

            migrationBuilder.DropTable(
                name: "event_participants");

            migrationBuilder.DropTable(
                name: "graduate_employment_history");

            migrationBuilder.DropTable(
                name: "invitations");

            migrationBuilder.DropTable(
                name: "issued_documents");

            migrationBuilder.DropTable(
                name: "mentor_notes");

            migrationBuilder.DropTable(
                name: "mentor_trainings");

            migrationBuilder.DropTable(
                name: "notification_reads");

            migrationBuilder.DropTable(
                name: "order_lines");

            migrationBuilder.DropTable(
                name: "partnership_history");

            migrationBuilder.DropTable(
                name: "placement_history");

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
                name: "roadmap_measures");

            migrationBuilder.DropTable(
                name: "safety_inductions");

            migrationBuilder.DropTable(
                name: "agreements");

            migrationBuilder.DropTable(
                name: "annual_reports");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "diary_evidence");

            migrationBuilder.DropTable(
                name: "enterprise_orders");

            migrationBuilder.DropTable(
                name: "information_events");

            migrationBuilder.DropTable(
                name: "graduate_employments");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "orders");

            migrationBuilder.DropTable(
                name: "partnerships");

            migrationBuilder.DropTable(
                name: "competencies");

            migrationBuilder.DropTable(
                name: "programme_outcomes");

            migrationBuilder.DropTable(
                name: "placement_learners");

            migrationBuilder.DropTable(
                name: "stored_files");

            migrationBuilder.DropTable(
                name: "learners");

            migrationBuilder.DropTable(
                name: "placements");

            migrationBuilder.DropTable(
                name: "study_groups");

            migrationBuilder.DropTable(
                name: "mentors");

            migrationBuilder.DropTable(
                name: "wbl_programmes");

            migrationBuilder.DropTable(
                name: "wbl_forms");

            migrationBuilder.DropTable(
                name: "curators");

            migrationBuilder.DropTable(
                name: "employers");

            migrationBuilder.DropTable(
                name: "specialties");

            migrationBuilder.DropTable(
                name: "colleges");

            migrationBuilder.DropTable(
                name: "nqf_levels");

            migrationBuilder.DropTable(
                name: "ministries");

            migrationBuilder.DropTable(
                name: "regions");
        }
    }
}
