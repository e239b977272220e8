using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutreachAssistant.Storage.Migrations
{
    /// <inheritdoc />
    public partial class MailboxProfile : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Profile",
                table: "MailboxStates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ProfileReadAt",
                table: "MailboxStates",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Profile",
                table: "MailboxStates");

            migrationBuilder.DropColumn(
                name: "ProfileReadAt",
                table: "MailboxStates");
        }
    }
}
