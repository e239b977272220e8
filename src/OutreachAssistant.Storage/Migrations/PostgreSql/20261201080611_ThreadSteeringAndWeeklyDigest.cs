using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutreachAssistant.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ThreadSteeringAndWeeklyDigest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "SnoozedUntil",
                table: "Threads",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StopCategory",
                table: "Threads",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "StoppedAt",
                table: "Threads",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StoppedBy",
                table: "Threads",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "YourTurnMarkedOn",
                table: "Threads",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Categories",
                table: "Messages",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FlagDueAt",
                table: "Messages",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Digests",
                columns: table => new
                {
                    MailboxId = table.Column<string>(type: "text", nullable: false),
                    WeekOf = table.Column<DateOnly>(type: "date", nullable: false),
                    Holder = table.Column<string>(type: "text", nullable: false),
                    ClaimedAt = table.Column<long>(type: "bigint", nullable: false),
                    MessageId = table.Column<string>(type: "text", nullable: true),
                    MadeAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Digests", x => new { x.MailboxId, x.WeekOf });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Digests");

            migrationBuilder.DropColumn(
                name: "SnoozedUntil",
                table: "Threads");

            migrationBuilder.DropColumn(
                name: "StopCategory",
                table: "Threads");

            migrationBuilder.DropColumn(
                name: "StoppedAt",
                table: "Threads");

            migrationBuilder.DropColumn(
                name: "StoppedBy",
                table: "Threads");

            migrationBuilder.DropColumn(
                name: "YourTurnMarkedOn",
                table: "Threads");

            migrationBuilder.DropColumn(
                name: "Categories",
                table: "Messages");

            migrationBuilder.DropColumn(
                name: "FlagDueAt",
                table: "Messages");
        }
    }
}
