using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WblPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class MentorsWorkspace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "mentor_requirement_gaps",
                table: "placements",
                type: "integer",
                nullable: false,
                defaultValue: 0);

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
                name: "ix_mentor_trainings_employer_id",
                table: "mentor_trainings",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_mentor_trainings_mentor_id_date",
                table: "mentor_trainings",
                columns: new[] { "mentor_id", "date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "enterprise_order_lines");

            migrationBuilder.DropTable(
                name: "mentor_trainings");

            migrationBuilder.DropTable(
                name: "enterprise_orders");

            migrationBuilder.DropColumn(
                name: "mentor_requirement_gaps",
                table: "placements");
        }
    }
}
