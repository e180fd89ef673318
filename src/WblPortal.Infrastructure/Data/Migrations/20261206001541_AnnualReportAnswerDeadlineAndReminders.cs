using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WblPortal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class AnnualReportAnswerDeadlineAndReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "answer_deadline",
                table: "annual_reports",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "reminded_at",
                table: "annual_report_responses",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "reminders",
                table: "annual_report_responses",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Reports already sent get the default two weeks from their sending, so that none waits forever.
            migrationBuilder.Sql(
                "UPDATE annual_reports SET answer_deadline = (sent_at AT TIME ZONE 'Asia/Bishkek')::date + 14 WHERE sent_at IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "answer_deadline",
                table: "annual_reports");

            migrationBuilder.DropColumn(
                name: "reminded_at",
                table: "annual_report_responses");

            migrationBuilder.DropColumn(
                name: "reminders",
                table: "annual_report_responses");
        }
    }
}
