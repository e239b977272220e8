using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutreachAssistant.Storage.Migrations
{
    /// <inheritdoc />
    public partial class CrashSafeTracking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "TrackedAt",
                table: "Messages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DraftClaims",
                columns: table => new
                {
                    DraftKey = table.Column<string>(type: "TEXT", nullable: false),
                    ThreadId = table.Column<string>(type: "TEXT", nullable: false),
                    Holder = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MessageId = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DraftClaims", x => x.DraftKey);
                });

            migrationBuilder.CreateTable(
                name: "SkippedMessages",
                columns: table => new
                {
                    MailboxId = table.Column<string>(type: "TEXT", nullable: false),
                    MessageId = table.Column<string>(type: "TEXT", nullable: false),
                    Folder = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SkippedMessages", x => new { x.MailboxId, x.MessageId });
                });

            // Earlier releases could store a message and lose its thread in a crash. Every stored message counts
            // as not yet tracked and each folder is read again from the start, so the first run after the upgrade
            // tracks anything lost; tracking a message twice changes nothing.
            migrationBuilder.Sql("DELETE FROM \"SyncCursors\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DraftClaims");

            migrationBuilder.DropTable(
                name: "SkippedMessages");

            migrationBuilder.DropColumn(
                name: "TrackedAt",
                table: "Messages");
        }
    }
}
