using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WblPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class GraduatesWorkspace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "graduated_on",
                table: "learners",
                type: "date",
                nullable: true);

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

            migrationBuilder.CreateIndex(
                name: "ix_employer_sites_employer_id_name",
                table: "employer_sites",
                columns: new[] { "employer_id", "name" },
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "employer_sites");

            migrationBuilder.DropTable(
                name: "graduate_employment_history");

            migrationBuilder.DropTable(
                name: "graduate_employments");

            migrationBuilder.DropColumn(
                name: "graduated_on",
                table: "learners");
        }
    }
}
