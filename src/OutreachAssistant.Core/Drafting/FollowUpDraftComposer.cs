using System.Globalization;
using OutreachAssistant.Core.FollowUps;

namespace OutreachAssistant.Core.Drafting;

/// <summary>
/// Writes the gentle follow-up from the kind's template (or the keep-in-touch update from its own): the greeting, a line recalling the earlier email,
/// one modest ask, thanks and the signature. Short by design: the guides' whole cold email is 10–15 lines.
/// </summary>
public sealed class FollowUpDraftComposer(DraftingOptions options, DraftTemplates templates)
{
    public FollowUpDraft Compose(FollowUpDraftRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        // How the contact signs beats how their address book displays them, when it is a name at all.
        var contact = Text.PersonName.Clean(request.SignedName) is null ? request.Contact : request.Contact with { Name = request.SignedName };
        var sentOn = TimeZoneInfo.ConvertTime(request.OriginalSentAt, request.TimeZone).ToString("MMMM d", CultureInfo.InvariantCulture);
        var fields = new DraftFields(
            Salutation.For(contact),
            Salutation.NameOf(contact) ?? string.Empty,
            request.OriginalSubject,
            sentOn,
            options.Signature.Trim());
        return new FollowUpDraft(request.Purpose == DraftPurpose.KeepInTouch ? templates.RenderKeepInTouch(fields) : templates.Render(request.Kind, fields));
    }
}
