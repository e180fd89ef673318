using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WblPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class DiariesWorkspace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "weekly_diary",
                table: "wbl_forms",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "weekly_diary",
                table: "placements",
                type: "boolean",
                nullable: false,
                defaultValue: false);

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
                name: "ix_mentor_notes_college_id",
                table: "mentor_notes",
                column: "college_id");

            migrationBuilder.CreateIndex(
                name: "ix_mentor_notes_placement_learner_id_date",
                table: "mentor_notes",
                columns: new[] { "placement_learner_id", "date" });

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
                name: "diary_entries");

            migrationBuilder.DropTable(
                name: "mentor_notes");

            migrationBuilder.DropTable(
                name: "safety_inductions");

            migrationBuilder.DropTable(
                name: "diary_evidence");

            migrationBuilder.DropColumn(
                name: "weekly_diary",
                table: "wbl_forms");

            migrationBuilder.DropColumn(
                name: "weekly_diary",
                table: "placements");
        }
    }
}
