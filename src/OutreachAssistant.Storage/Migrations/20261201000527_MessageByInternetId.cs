using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutreachAssistant.Storage.Migrations
{
    /// <inheritdoc />
    public partial class MessageByInternetId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Messages_MailboxId_InternetMessageId",
                table: "Messages",
                columns: new[] { "MailboxId", "InternetMessageId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Messages_MailboxId_InternetMessageId",
                table: "Messages");
        }
    }
}
