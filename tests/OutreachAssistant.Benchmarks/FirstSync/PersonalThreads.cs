namespace OutreachAssistant.Benchmarks.FirstSync;

/// <summary>
/// Mail with friends and family: a friend writes first (so it is no outreach), she may answer and the friend
/// again. Now and then she writes first to family, filed under her "Personal" category, which detection leaves out.
/// </summary>
internal sealed class PersonalThreads(SeedRandom random)
{
    private static readonly string[] Friends =
    [
        "Nour El-Sayed <nour.elsayed@gmail.example>", "Mariam Farouk <mariam.farouk@yahoo.example>",
        "Omar Haddad <omar.haddad@gmail.example>", "Salma Haddad <salma.h@hotmail.example>",
        "Dina Mansour <dina.mansour@gmail.example>", "Karim Zaki <karim.zaki@outlook.example>",
        "Leila Ahmed <leila.ahmed@gmail.example>", "Youssef Nabil <ynabil@yahoo.example>",
    ];

    private static readonly (string Subject, string Opening)[] Topics =
    [
        ("Weekend plans?", "Are you free on Saturday? A few of us are going to the farmers' market in the morning and then to lunch at the Lebanese place near the station. It would be so good to see you before your interviews start. Let me know and I will book a table for five."),
        ("Step 3 study group", "We are restarting the study group next week, Thursdays at seven, online. I made a shared sheet with the topics and split them so each of us presents two. I put you down for cardiology and renal, but swap if you prefer something else. The question bank subscription is shared too; I will send you the login."),
        ("Photos from the wedding", "Finally sorted the photos from Hana's wedding! There are some lovely ones of you and Mama dancing. I uploaded everything to the family album; the link is the same as last time. Tell me which ones you want printed and I will order them together with mine."),
        ("Apartment in the fall", "My lease ends in August and I was wondering whether you still want to share a place if you match nearby. I found two-bedroom flats near the hospital for a reasonable rent. No rush to decide, but landlords here move fast, so tell me what you think by the end of the month."),
        ("Mama's birthday", "Mama's birthday is on the 14th and we are planning a video call with everyone at eight in the evening Cairo time. Omar is organising a gift from all of us; he suggested the book she keeps mentioning and a scarf. Can you send him your share this week? She will be so happy to see you."),
        ("Recipe you asked for", "Here is the koshari recipe you asked for. Lentils and rice cook together, the pasta separately, and the secret is the tomato sauce with a lot of garlic and a little vinegar. The crispy onions take time, so make them first. Tell me how it turns out!"),
        ("Congratulations!", "I just heard your Step 2 score from Omar. Congratulations, that is a huge achievement after all those months of studying! We should celebrate properly when you are back for the holidays. I am so proud of you."),
        ("Running club", "The running club is doing a 10K in October and I signed us both up (you can still back out!). Training is Tuesdays and Saturdays, slow pace, with coffee afterwards. It might be a good way to stay sane during application season."),
    ];

    private static readonly string[] News =
    [
        "Everyone here is fine. Baba finally fixed the balcony door, and the neighbours' cat has adopted us completely.",
        "Work is busy as always; we have two new residents on the team and I am the one showing them around this month.",
        "I started the book you recommended and cannot put it down, so thank you for ruining my sleep.",
        "The weather has turned at last, so I have been walking to work, which is the only exercise I get these days.",
        "Hana says hello and wants to know when you are visiting; I told her you are buried in applications.",
        "We tried the new bakery on the corner. Not as good as the one near Mama's, but the bread is decent.",
    ];

    private static readonly string[] Answers =
    [
        "That sounds lovely, thank you for thinking of me. This week is busy with application essays, but I can make it work if we start a bit later.",
        "Yes, count me in! I have been meaning to get back to it, and doing it together will keep me honest.",
        "Thank you so much, I will look tonight and send you my list. Give everyone my love.",
        "Let me think about it and check my calendar; I will write back properly by the weekend.",
        "You are the best. I am sending my share to Omar today.",
    ];

    private static readonly string[] Closings =
    [
        "Perfect, see you then! I will send the details closer to the day.",
        "Great, I am so glad. Talk soon and good luck this week.",
        "Sounds good. Call me if anything changes.",
    ];

    /// <summary>One to three messages starting on <paramref name="daysAgo"/>; keys are <paramref name="key"/>-0, -1, ...</summary>
    public IReadOnlyList<SeedMessage> Create(string key, int daysAgo)
    {
        var friend = random.Pick(Friends);
        var (subject, opening) = random.Pick(Topics);
        var friendName = friend[..friend.IndexOf(" <", StringComparison.Ordinal)];
        var firstName = friendName.Split(' ')[0];
        if (random.Chance(0.1))
        {
            // She starts: to family, under her "Personal" category.
            return [new SeedMessage
            {
                Key = $"{key}-0", Folder = "sentitems", From = Applicant.Mailbox, To = [friend], Subject = subject,
                Body = $"Hi {firstName},\n\n{opening}\n\n{random.Pick(News)}\n\nLove,\n{Applicant.FirstName}", At = random.TimeOn(daysAgo, 8, 22),
                Conversation = key, Categories = ["Personal"],
            }];
        }

        var first = new SeedMessage
        {
            Key = $"{key}-0", Folder = "inbox", From = friend, To = [Applicant.Mailbox], Subject = subject,
            Body = $"Hi {Applicant.FirstName},\n\n{opening}\n\n{random.Pick(News)}\n\nxx\n{firstName}", At = random.TimeOn(daysAgo, 8, 22),
            Conversation = key, IsRead = daysAgo > 2 || random.Chance(0.5),
        };
        var thread = new List<SeedMessage> { first };
        if (daysAgo < 2 || !random.Chance(0.6))
        {
            return thread;
        }

        var answer = new SeedMessage
        {
            Key = $"{key}-1", Folder = "sentitems", From = Applicant.Mailbox, To = [friend], Subject = $"RE: {subject}",
            Body = $"Hi {firstName},\n\n{random.Pick(Answers)}\n\n{Applicant.FirstName}" + QuotedHistory.Outlook(friend, Applicant.Mailbox, subject, first.At, first.Body),
            At = random.TimeOn(daysAgo - 1, 7, 23), Conversation = key, InReplyTo = first.Key,
        };
        thread.Add(answer);
        if (daysAgo >= 3 && random.Chance(0.4))
        {
            thread.Add(new SeedMessage
            {
                Key = $"{key}-2", Folder = "inbox", From = friend, To = [Applicant.Mailbox], Subject = $"RE: {subject}",
                Body = $"{random.Pick(Closings)}\n\n{firstName}" + QuotedHistory.Gmail($"{Applicant.Name} <{Applicant.Address}>", answer.At, answer.Body),
                At = random.TimeOn(daysAgo - 2, 7, 23), Conversation = key, InReplyTo = answer.Key, IsRead = true,
            });
        }

        return thread;
    }
}
