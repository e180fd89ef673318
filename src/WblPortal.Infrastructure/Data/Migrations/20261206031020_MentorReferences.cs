using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WblPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class MentorReferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "mentor_references",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_learner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    college_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    learner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    mentor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    scale = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    grade_required = table.Column<bool>(type: "boolean", nullable: false),
                    attitude = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    skills = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    discipline = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    recommendations = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    recommended_level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    recommended_grade = table.Column<int>(type: "integer", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    author_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mentor_references", x => x.id);
                    table.CheckConstraint("ck_mentor_references_grade", "recommended_grade IS NULL OR recommended_grade BETWEEN 2 AND 5");
                    table.ForeignKey(
                        name: "fk_mentor_references_placement_learners_placement_learner_id",
                        column: x => x.placement_learner_id,
                        principalTable: "placement_learners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_mentor_references_college_id",
                table: "mentor_references",
                column: "college_id");

            migrationBuilder.CreateIndex(
                name: "ix_mentor_references_employer_id",
                table: "mentor_references",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_mentor_references_placement_learner_id",
                table: "mentor_references",
                column: "placement_learner_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "mentor_references");
        }
    }
}
