using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutreachAssistant.Storage.Migrations
{
    /// <inheritdoc />
    public partial class ThreadSteering : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "SnoozedUntil",
                table: "Threads",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StopCategory",
                table: "Threads",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "StoppedAt",
                table: "Threads",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StoppedBy",
                table: "Threads",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "YourTurnMarkedOn",
                table: "Threads",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Categories",
                table: "Messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FlagDueAt",
                table: "Messages",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
