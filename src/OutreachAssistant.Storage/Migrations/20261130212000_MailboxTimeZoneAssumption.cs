using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutreachAssistant.Storage.Migrations
{
    /// <inheritdoc />
    public partial class MailboxTimeZoneAssumption : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TimeZoneAssumption",
                table: "MailboxStates",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TimeZoneAssumption",
                table: "MailboxStates");
        }
    }
}
