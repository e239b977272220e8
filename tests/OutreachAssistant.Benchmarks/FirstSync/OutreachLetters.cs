namespace OutreachAssistant.Benchmarks.FirstSync;

/// <summary>
/// The words of outreach threads: the applicant's cold email (8–15 lines, a clear question, signed, nothing said to
/// be attached, so the etiquette rules have little to tag), the contact's answer, an automatic reply, her own
/// follow-up and her thanks. Sentences are drawn from several variants each, so no two emails read as one mass mailing.
/// </summary>
internal sealed class OutreachLetters(SeedRandom random)
{
    private static readonly string[] Focuses =
    [
        "resident teaching and structured feedback", "care for medically complex children", "community pediatrics",
        "global health and care for immigrant families", "quality improvement projects led by residents",
        "continuity clinics in underserved neighbourhoods", "early-career research mentorship", "neonatal critical care",
        "adolescent medicine", "wellness and protected time for residents", "bedside point-of-care ultrasound training",
    ];

    private static readonly string[] ResearchTopics =
    [
        "outcomes after early repair of tetralogy of Fallot", "antibiotic stewardship in pediatric emergency departments",
        "bronchiolitis admissions after high-flow oxygen protocols", "growth outcomes of very-low-birth-weight infants",
        "vaccine hesitancy among immigrant parents", "sepsis recognition tools in the pediatric ward",
        "asthma readmissions in children from low-income families", "iron deficiency screening in toddlers",
        "transition of care for adolescents with type 1 diabetes", "telehealth follow-up after neonatal discharge",
    ];

    private static readonly string[] Months =
    [
        "January and March", "February and April", "March and May", "April and June", "May and July", "September and November",
    ];

    public (string Subject, string Body) ColdEmail(Contact contact, OutreachPurpose purpose)
    {
        var institution = contact.Institution;
        var subject = purpose switch
        {
            OutreachPurpose.Observership => random.Pick([
                $"IMG applicant – question about observerships in {contact.Department} at {institution.Name}",
                $"Observership inquiry from an international medical graduate ({contact.Department})",
                $"Question about a {contact.Department} observership at {institution.Name}"]),
            OutreachPurpose.Research => random.Pick([
                $"Question about research opportunities in {contact.Department}",
                "International medical graduate interested in joining your research team",
                $"Volunteer research assistant – {contact.Department} at {institution.Name}"]),
            OutreachPurpose.ProgramInterest => random.Pick([
                $"Prospective applicant – interest in the {institution.Name} {contact.Department} residency program",
                $"IMG applicant (Class of 2024) – questions about your {contact.Department} residency program",
                $"Interest in the {contact.Department} residency at {institution.Name}"]),
            OutreachPurpose.Elective => random.Pick([
                $"Request for a visiting elective in {contact.Department} at {institution.Name}",
                $"IMG applicant – inquiry about a clinical elective in {contact.Department}",
                $"Visiting elective in {contact.Department}: eligibility for international graduates"]),
            _ => random.Pick([
                $"Request for brief career advice from an IMG applying to {contact.Department}",
                $"International medical graduate seeking advice on {contact.Department} applications",
                $"Advice on applying to {contact.Department} residency as an IMG"]),
        };

        var lines = new List<string> { $"Dear {contact.Salutation},", "" };
        lines.Add(random.Pick([
            $"My name is {Applicant.Name}, and I am an international medical graduate from Cairo University (Class of 2024) preparing to apply to {Specialty(contact)} residency in the upcoming match.",
            $"I am an international medical graduate (Cairo University, Class of 2024) hoping to begin {Specialty(contact)} residency next July.",
            $"I am a 2024 graduate of {Applicant.School} and an ECFMG-certified applicant to {Specialty(contact)} residency programs.",
        ]));
        if (random.Chance(0.8))
        {
            lines.Add(random.Pick([
                $"I passed USMLE Step 1 on my first attempt and scored {random.Between(238, 259)} on Step 2 CK.",
                "Since graduating I have completed a four-week observership in general pediatrics and worked as a research assistant on a neonatal outcomes study.",
                "During my internship year I rotated through pediatrics, internal medicine and the emergency department at Kasr Al Ainy Hospital.",
                "I have presented two posters on pediatric infectious diseases and I am a co-author of a published case report.",
            ]));
        }

        lines.Add(Motivation(contact, purpose));
        if (random.Chance(0.4))
        {
            lines.Add(random.Pick([
                $"I am particularly drawn to {random.Pick(Focuses)}, which I first saw done well during my pediatrics rotation in Cairo.",
                $"I also have family in {institution.City}, so I could begin at short notice and stay for the full period.",
                "I am fluent in English, Arabic and French, which has been useful with families who prefer to speak in their own language.",
            ]));
        }

        lines.Add(Question(purpose));
        if (random.Chance(0.7))
        {
            lines.Add(random.Pick([
                "I would be glad to send my CV, USMLE transcript and letters of recommendation if that would be helpful.",
                "I can send my CV and a letter from my supervising pediatrician whenever convenient.",
                "If it helps, I am happy to share my CV and a short summary of my clinical experience.",
            ]));
        }

        lines.Add("");
        lines.Add(random.Pick([
            "Thank you very much for your time and consideration.", "Thank you for reading my message.",
            "Thank you for your time; I look forward to hearing from you.",
        ]));
        lines.Add("");
        lines.Add(random.Pick(["Kind regards,", "Best regards,", "Sincerely,", "With best wishes,"]));
        lines.Add(random.Chance(0.8) ? Applicant.Signature : $"{Applicant.Name}, MD");
        return (subject, string.Join('\n', lines));
    }

    public string Answer(Contact contact, OutreachPurpose purpose)
    {
        var lines = new List<string>
        {
            random.Pick(["Dear Dr. Haddad,", $"Dear {Applicant.FirstName},", $"Hello {Applicant.FirstName},"]),
            "",
            random.Pick([
                $"Thank you for your interest in {contact.Institution.Name} and for your thoughtful message.",
                "Thank you for reaching out, and congratulations on your progress so far.",
                $"Thanks for your email; {contact.Department} gets many similar requests, and yours stood out for its clarity.",
            ]),
            purpose switch
            {
                OutreachPurpose.Observership or OutreachPurpose.Elective => random.Pick([
                    $"We do host a small number of observers each year, usually for four weeks, and the next openings are between {random.Pick(Months)}.",
                    "Unfortunately our observership places for this year are already filled, but applications for next year open in the autumn.",
                    "Our department accepts visiting international graduates through the Office of Graduate Medical Education, which handles the paperwork and immunisation records.",
                ]),
                OutreachPurpose.Research => random.Pick([
                    "We are starting a retrospective chart review this spring and could use help with data collection and cleaning.",
                    "Our team is small at the moment, but I would be glad to talk about a remote literature review that could lead to a manuscript.",
                    "I do not have a funded position, but volunteers have joined our quality improvement projects before with good results.",
                ]),
                OutreachPurpose.ProgramInterest => random.Pick([
                    "We consider graduates within five years of graduation, and we do not use a strict score cut-off.",
                    "Our program sponsors J-1 visas, and we review every complete application regardless of graduation year.",
                    "We encourage you to apply through ERAS; our interview invitations usually go out in late October.",
                ]),
                _ => random.Pick([
                    "I would be happy to speak with you; I am usually free on Thursday afternoons.",
                    "My main advice is to get recent US clinical experience and strong letters from people who have seen you work.",
                    "I remember how hard this stage is, and I am glad to share what helped me.",
                ]),
            },
        };
        if (random.Chance(0.6))
        {
            lines.Add(random.Pick([
                "Please send your CV to our coordinator, who will follow up with the forms.",
                "Feel free to write to me again once your Step 2 CK score is reported.",
                "A short call might be easier than email; my assistant can find a time that suits us both.",
            ]));
        }

        lines.Add("");
        lines.Add(random.Pick(["Best wishes,", "Best,", "Kind regards,", "Warm regards,"]));
        lines.Add(contact.FullName);
        lines.Add($"{contact.Role}, {contact.Department}");
        lines.Add(contact.Institution.Name);
        return string.Join('\n', lines);
    }

    /// <summary>An out-of-office reply; <paramref name="returnDate"/> is a seed date placeholder.</summary>
    public string AutomaticReply(Contact contact, string returnDate) =>
        random.Pick([
            $"Thank you for your message. I am out of the office with limited access to email and will return on {returnDate}.\n\nFor urgent matters, please contact the {contact.Department} office at {contact.Institution.Domain.Split('.')[0]}-office@{contact.Institution.Domain}.\n\n{contact.FullName}",
            $"I am away on annual leave until {returnDate} and will reply to your email when I am back.\n\nIf your question concerns residency applications, the program coordinator can help in the meantime.\n\nWith thanks,\n{contact.FullName}\n{contact.Role}, {contact.Institution.Name}",
            $"Thank you for your email. I am attending a conference and will be out of the office until {returnDate}, with intermittent access to email.\n\nI will respond as soon as possible after my return.\n\n{contact.FullName}",
        ]);

    public string OwnFollowUp(Contact contact, OutreachPurpose purpose)
    {
        var lines = new List<string>
        {
            $"Dear {contact.Salutation},",
            "",
            random.Pick([
                "I hope this message finds you well. I am writing to follow up on my email below.",
                "I wanted to follow up briefly on my message from last week, in case it was lost in a busy inbox.",
                "I hope you are well. I am following up on my earlier email, copied below.",
            ]),
        };
        if (random.Chance(0.5))
        {
            lines.Add(random.Pick([
                "Since I wrote, I have received my Step 2 CK score and completed a second observership.",
                "I have since finished a research elective and would be glad to share what I learnt from it.",
                "My ECFMG certification has now been issued, so I could start at short notice.",
            ]));
        }

        lines.Add(purpose switch
        {
            OutreachPurpose.Research => "Would there be any way I could help with your team's current projects?",
            OutreachPurpose.Advice => "Would a brief call of 15 minutes in the coming weeks be possible?",
            _ => "Could you let me know whether this might be possible, or whom I should contact instead?",
        });
        lines.Add("");
        lines.Add("Thank you again for your time.");
        lines.Add("");
        lines.Add("Kind regards,");
        lines.Add(Applicant.Signature);
        return string.Join('\n', lines);
    }

    public string Thanks(Contact contact) =>
        string.Join('\n',
            $"Dear {contact.Salutation},",
            "",
            random.Pick([
                "Thank you so much for your quick and kind reply; this is very helpful.",
                "Thank you for taking the time to answer me in such detail.",
                "Many thanks for your reply and for the helpful information.",
            ]),
            random.Pick([
                "I will send my CV to your coordinator this week.",
                "I will follow the steps you describe and keep you informed.",
                "I will prepare the documents and write again once my score is reported.",
            ]),
            "",
            "Best regards,",
            $"{Applicant.Name}, MD");

    private string Motivation(Contact contact, OutreachPurpose purpose)
    {
        var institution = contact.Institution;
        return purpose switch
        {
            OutreachPurpose.Observership => random.Pick([
                $"I have read about the {contact.Department} observership at {institution.Name}, and the emphasis your department places on {random.Pick(Focuses)} is exactly the exposure I am looking for.",
                $"A former observer at {institution.Name} told me how much she learnt on your wards, especially about {random.Pick(Focuses)}.",
            ]),
            OutreachPurpose.Research => random.Pick([
                $"I read your group's recent work on {random.Pick(ResearchTopics)} with great interest, and I would like to contribute to chart reviews, data analysis or manuscript preparation.",
                $"Your study on {random.Pick(ResearchTopics)} is close to the question I worked on as a student, and I would value the chance to learn from your team.",
            ]),
            OutreachPurpose.ProgramInterest => random.Pick([
                $"{institution.Name}'s commitment to {random.Pick(Focuses)} and its work with underserved communities in {institution.City} are the main reasons your program is high on my list.",
                $"I attended your program's virtual open house and was impressed by its focus on {random.Pick(Focuses)}.",
            ]),
            OutreachPurpose.Elective => random.Pick([
                $"I hope to complete a four-to-eight-week clinical elective in {contact.Department} before the application season, and {institution.Name} is my first choice because of its {random.Pick(Focuses)}.",
                $"I am looking for hands-on clinical experience in {contact.Department} in the United States, and your department's reputation for {random.Pick(Focuses)} stands out.",
            ]),
            _ => random.Pick([
                $"Your path from international graduate to {contact.Role.ToLowerInvariant()} at {institution.Name} is one I hope to follow, and I would value your perspective on my application.",
                "I understand you have mentored several international graduates through the match, and I would be grateful for your view on my plans.",
            ]),
        };
    }

    private string Question(OutreachPurpose purpose) => purpose switch
    {
        OutreachPurpose.Observership => random.Pick([
            $"Would your department consider an observer for four to eight weeks between {random.Pick(Months)}?",
            "Could you tell me whether observerships are offered this year, and how I should apply?",
        ]),
        OutreachPurpose.Research => random.Pick([
            "Would you have room on your team for a volunteer research assistant, either on site or remotely?",
            "Is there an ongoing project where help with chart review or literature searches would be useful?",
        ]),
        OutreachPurpose.ProgramInterest => random.Pick([
            "Could you tell me whether your program considers applicants who graduated in 2024, and whether there is a minimum Step 2 CK score?",
            "Would you be able to tell me whether your program sponsors J-1 visas for incoming residents?",
        ]),
        OutreachPurpose.Elective => random.Pick([
            "Could you let me know whether visiting electives are open to international graduates, and whom I should contact to apply?",
            $"Would an elective between {random.Pick(Months)} be possible, and is there an application form I should complete?",
        ]),
        _ => random.Pick([
            "Would you have 15-20 minutes for a brief call in the coming weeks?",
            "Could I ask you a few questions by email about how you approached the match?",
        ]),
    };

    private static string Specialty(Contact contact) =>
        contact.Department is "Internal Medicine" or "Family Medicine" ? contact.Department.ToLowerInvariant() : "pediatrics";
}
