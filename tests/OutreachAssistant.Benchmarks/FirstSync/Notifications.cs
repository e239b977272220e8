using System.Globalization;

namespace OutreachAssistant.Benchmarks.FirstSync;

/// <summary>Automated mail from services she uses (application portals, bank, deliveries): Auto-Submitted, 0.5–1.5 KB.</summary>
internal sealed class Notifications(SeedRandom random)
{
    private static readonly string[] Writers = ["Dr. Samir Fahmy", "Dr. Lina Mostafa", "Dr. Karen Holt", "Dr. Youssef Adel"];

    private static readonly string[] Documents = ["Letter of Recommendation", "MSPE", "Medical School Transcript", "USMLE Transcript", "Photo"];

    public SeedMessage Create(string key, int daysAgo)
    {
        var at = random.TimeOn(daysAgo, 6, 24);
        var (from, subject, text) = random.Between(0, 7) switch
        {
            0 => ("MyERAS <no-reply@myeras.example.org>", "MyERAS: a document was added to your application",
                $"A new document has been added to your application for the current season.\n\nDocument type: {random.Pick(Documents)}\nUploaded by: {random.Pick(Writers)}\nStatus: Received\n\nYou can review the status of every document in the Documents section of MyERAS. Programs you have applied to will see this document the next time they download your application."),
            1 => ("ECFMG OASIS <oasis-noreply@ecfmg.example.org>", "You have a new message in your OASIS account",
                "A new message has been posted to your OASIS account regarding your certification status.\n\nTo read it, sign in to OASIS and select Messages. For your security, the content of the message is not included in this email.\n\nIf you have questions, use the contact form in OASIS rather than replying to this email."),
            2 => ("Nile Bank Alerts <alerts@nilebank.example.com>", "Your monthly statement is ready",
                string.Create(CultureInfo.InvariantCulture, $"Your statement for the account ending in {random.Between(1000, 9999)} is now available in online banking.\n\nStatement balance: ${random.Between(200, 4000)}.{random.Between(10, 99)}\nMinimum payment due: ${random.Between(25, 90)}.00\n\nTo view your statement, sign in to online banking or the mobile app. We will never ask for your password by email.")),
            3 => ("Parcel Express <tracking@parcelexpress.example.com>", "Your package has been delivered",
                string.Create(CultureInfo.InvariantCulture, $"Good news! Your package was delivered today at {at.ClockText}.\n\nTracking number: PX{random.Between(10000000, 99999999)}\nDelivered to: Front door / porch\nSigned by: not required\n\nIf you did not receive your package, please report it within 48 hours from the tracking page.")),
            4 => ("Zoom <no-reply@zoom.example.com>", "Cloud recording is now available",
                "The cloud recording of your meeting \"Step 3 study group\" is now available.\n\nShare this recording with viewers using the link in your account. The recording will be kept for 30 days and then deleted automatically.\n\nTo change your recording settings, visit the Recordings page in the web portal."),
            5 => ("Thalamus <notifications@thalamus.example.com>", "Interview schedule update",
                "A program has updated the interview dates on your Thalamus dashboard.\n\nSign in to review the changes and confirm your availability. Dates are offered first come, first served, and unconfirmed holds are released after 48 hours.\n\nThis message was sent automatically; replies to this address are not read."),
            6 => ("Lakeshore Medical Library <library@lakeshore-med.example.edu>", "Your loan is due in three days",
                "The following item is due back in three days:\n\nNelson Textbook of Pediatrics, 22nd edition\n\nYou can renew it once online if no one else has requested it. Overdue items block further loans and interlibrary requests until they are returned."),
            _ => ("Calendar <calendar-notification@outlook.example>", "Reminder: Step 3 study group",
                "Step 3 study group\nWhen: Thursday 7:00 PM – 9:00 PM (Eastern Time)\nWhere: Online meeting\n\nAgenda: biostatistics questions, then two cases each on cardiology and renal.\n\nYou are receiving this reminder because you accepted this event."),
        };

        var domain = from.Split('@')[1].TrimEnd('>');
        return new SeedMessage
        {
            Key = key,
            Folder = "inbox",
            From = from,
            To = [Applicant.Mailbox],
            Subject = subject,
            Body = $"Hello {Applicant.FirstName},\n\n{text}\n\n—\nThis is an automated message; please do not reply. You receive it because notifications are on for "
                + $"{Applicant.Address}; choose which emails you get at https://{domain}/settings/notifications.\nPrivacy policy and terms: https://{domain}/legal",
            At = at,
            IsRead = daysAgo > 3 || random.Chance(0.5),
            Headers = new Dictionary<string, string> { ["Auto-Submitted"] = "auto-generated", ["X-Auto-Response-Suppress"] = "All" },
        };
    }
}
