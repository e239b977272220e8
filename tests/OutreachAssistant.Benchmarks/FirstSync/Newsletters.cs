using System.Globalization;

namespace OutreachAssistant.Benchmarks.FirstSync;

/// <summary>Bulk mail she subscribed to: 1.5–4 KB of sections and links, a footer, and List-Unsubscribe headers.</summary>
internal sealed class Newsletters(SeedRandom random)
{
    // Offers: a shop's mail, whose sections are offers rather than articles.
    private static readonly (string Name, string Address, string Company, bool Offers, string[] Headlines)[] Senders =
    [
        ("IMG Connect Weekly", "newsletter@imgconnect.example.org", "IMG Connect Foundation, 1200 Market St, Philadelphia, PA", false,
            ["Five questions program directors ask IMGs, and how to answer them", "New observership listings in pediatrics and internal medicine",
             "Webinar: writing a personal statement that stands out", "Visa basics: J-1 and H-1B sponsorship explained", "How to ask for a strong letter of recommendation"]),
        ("Residency Match Insider", "insider@matchinsider.example.com", "Match Insider LLC, 55 Water St, New York, NY", false,
            ["What the latest match data say about international graduates", "Signals and preference: how to use them wisely",
             "Interview season: a checklist for virtual interviews", "Rank lists: five mistakes to avoid", "Budgeting for application season without surprises"]),
        ("Pediatrics Today", "digest@pediatricstoday.example.org", "Pediatrics Today, 400 N Michigan Ave, Chicago, IL", false,
            ["Case of the week: a toddler with fever and limp", "Research roundup: bronchiolitis, asthma and sepsis",
             "Updated guidance on iron screening in toddlers", "Vaccine questions parents ask most", "High-flow oxygen in infants: what changed"]),
        ("USMLE Prep Weekly", "weekly@usmleprep.example.com", "Prep Academy Inc., 88 Congress Ave, Austin, TX", false,
            ["Ten high-yield topics for Step 2 CK this month", "Step 3 biostatistics in twenty questions", "How to build a study schedule that lasts",
             "Free practice block: cardiology", "Score reports: reading your performance profile"]),
        ("Journal Watch: Child Health", "alerts@journalwatch.example.org", "Medical Journals Group, 10 Shattuck St, Boston, MA", false,
            ["Antibiotic duration for community-acquired pneumonia", "Screen time and sleep in preschool children", "Sepsis recognition tools compared",
             "Asthma readmissions and housing quality", "Telehealth follow-up after neonatal discharge"]),
        ("Global Health Careers", "jobs@globalhealthcareers.example.org", "GHC Network, 2 UN Plaza, New York, NY", false,
            ["Twelve new research coordinator openings", "Fellowships for early-career physicians", "Volunteering abroad: what counts on an application",
             "Grant deadlines this quarter", "Remote roles in health data"]),
        ("Bookshop Picks", "picks@bookshop.example.com", "Bookshop Ltd, 300 Pine St, Seattle, WA", true,
            ["Spring sale: up to 40% off selected titles", "New in medicine and memoir", "Staff picks for long flights", "Audiobooks for your commute", "Gift cards for every occasion"]),
        ("SkyWays Deals", "deals@skyways.example.com", "SkyWays Airlines, 1 Airport Rd, Dallas, TX", true,
            ["Fares from $129 to twenty cities this weekend", "Earn double miles on summer trips", "Cairo from $649 return", "Upgrade offers for members", "Last-minute weekend getaways"]),
        ("Medical Spanish Daily", "daily@medspanish.example.com", "Habla Medica Inc., 77 Coral Way, Miami, FL", false,
            ["Spanish phrase of the day for the pediatric clinic", "Talking about fever with parents", "Ten words for the newborn exam", "Explaining medication doses", "Role play: the asthma action plan"]),
        ("Physician Wellness Notes", "notes@wellnessnotes.example.org", "Wellness Notes, 900 Elm St, Denver, CO", false,
            ["Burnout in residency: what the evidence says", "Sleep before night shifts", "Five-minute habits that stick", "Finding a mentor outside medicine", "Money basics for new residents"]),
    ];

    private static readonly string[] OfferSentences =
    [
        "Offer valid while stocks last; prices shown include free standard delivery.",
        "Seats are limited and fares may not be available on all flights or dates.",
        "Members get early access and an extra 10% off with the code in their account.",
        "Prices include taxes and fees; changes may incur a charge.",
        "Order by Thursday for delivery before the weekend.",
    ];

    private static readonly string[] Sentences =
    [
        "Our editors spoke with three program directors about what they look for in the first minute of an application.",
        "Applicants who send targeted, specific emails report far more replies than those who send one message to many programs.",
        "Listings are updated every Monday, and most close within two weeks of posting.",
        "Registration is free for subscribers, and a recording will be available for one week afterwards.",
        "The numbers show steady growth in positions, with the largest increases in pediatrics and family medicine.",
        "Give your letter writers at least four weeks and a short summary of the work you did together.",
        "Test your camera, lighting and connection the day before, and keep a copy of your application at hand.",
        "Many programs sponsor only one visa type, so check each program's website before you apply.",
        "This week's questions focus on infectious diseases, fluid management and developmental milestones.",
        "Read the full case and vote on the diagnosis before the answer is published on Friday.",
        "Three new studies change how we think about high-flow oxygen in infants.",
        "Application fees add up quickly; a simple spreadsheet keeps the surprises away.",
        "Sleep, exercise and a supportive team matter more than any single wellness app.",
        "Practise the phrase aloud: ¿Desde cuándo tiene fiebre el niño?",
        "Members can download the slides and the reading list from their account page.",
        "We received hundreds of replies to last week's survey; thank you for taking part.",
    ];

    private int issue = 100;

    public SeedMessage Create(string key, int daysAgo)
    {
        var (name, address, company, offers, headlines) = random.Pick(Senders);
        var domain = address[(address.IndexOf('@', StringComparison.Ordinal) + 1)..];
        var sections = Enumerable.Range(0, random.Between(3, 5)).Select(_ => random.Pick(headlines)).Distinct().ToList();
        var subscriber = random.Between(100000, 999999).ToString(CultureInfo.InvariantCulture);
        var lines = new List<string> { $"{name} · Issue {issue++}", "", "In this issue:" };
        lines.AddRange(sections.Select(s => $"- {s}"));
        foreach (var section in sections)
        {
            lines.Add("");
            lines.Add(section.ToUpperInvariant());
            var pool = offers ? OfferSentences : Sentences;
            lines.Add(string.Join(' ', Enumerable.Range(0, random.Between(2, 4)).Select(_ => random.Pick(pool)).Distinct()));
            lines.Add($"Read more: https://{domain}/articles/{Slug(section)}?utm_source=newsletter&utm_medium=email");
        }

        lines.Add("");
        lines.Add($"You are receiving this email because you subscribed to {name} with {Applicant.Address}.");
        lines.Add($"Unsubscribe: https://{domain}/unsubscribe?u={subscriber}");
        lines.Add($"Manage your preferences: https://{domain}/preferences?u={subscriber}");
        lines.Add(company);
        return new SeedMessage
        {
            Key = key,
            Folder = "inbox",
            From = $"{name} <{address}>",
            To = [Applicant.Mailbox],
            Subject = $"{name}: {sections[0]}",
            Body = string.Join('\n', lines),
            At = random.TimeOn(daysAgo, 5, 9),
            IsRead = daysAgo > 7 ? random.Chance(0.6) : random.Chance(0.2),
            Headers = new Dictionary<string, string>
            {
                ["List-Unsubscribe"] = $"<https://{domain}/unsubscribe?u={subscriber}>, <mailto:unsubscribe@{domain}?subject=unsubscribe>",
                ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
                ["List-Id"] = $"{name} <news.{domain}>",
                ["Precedence"] = "bulk",
            },
        };
    }

    private static string Slug(string headline) =>
        string.Join('-', headline.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new string([.. w.Where(char.IsLetterOrDigit)])).Where(w => w.Length > 0).Take(6));
}
