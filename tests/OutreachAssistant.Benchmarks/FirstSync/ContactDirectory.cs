namespace OutreachAssistant.Benchmarks.FirstSync;

/// <summary>Hands out a new contact for each outreach thread: every address is used once, so threads never share a contact.</summary>
internal sealed class ContactDirectory(Random random)
{
    private static readonly string[] FirstNames =
    [
        "Jane", "Robert", "Priya", "Michael", "Laura", "David", "Sarah", "James", "Emily", "Daniel", "Maria", "Thomas",
        "Aisha", "Kevin", "Rachel", "Samuel", "Olivia", "Hiroshi", "Elena", "Marcus", "Fatima", "Jonathan", "Grace",
        "Andrew", "Catherine", "Rahul", "Nadia", "Peter", "Hannah", "Carlos", "Julia", "Benjamin", "Mei", "Christopher",
        "Amanda", "Victor", "Leila", "Patrick", "Sophia", "Anthony", "Rebecca", "Ibrahim", "Megan", "Stephen", "Anjali",
        "Gregory", "Lucia", "William", "Chloe", "Omar", "Natalie", "Brian", "Yuki", "Elizabeth", "Mohammed", "Karen",
        "Joseph", "Ana", "Richard", "Ngozi",
    ];

    private static readonly string[] LastNames =
    [
        "Smith", "Klein", "Natarajan", "Johnson", "Chen", "Okafor", "Garcia", "Williams", "Patel", "Brown", "Kowalski",
        "Nguyen", "Rossi", "Anderson", "Haddad", "Martinez", "Tanaka", "Schmidt", "Oyelaran", "Murphy", "Ivanova",
        "Thompson", "Rahman", "Lee", "Fischer", "Mensah", "Davies", "Hernandez", "Kim", "O'Brien", "Sato", "Moreau",
        "Bianchi", "Clarke", "Gupta", "Novak", "Walsh", "Abdullah", "Reyes", "Lindqvist", "Mwangi", "Dubois", "Cohen",
        "Sullivan", "Park", "Jensen", "Costa", "Baker", "Iyer", "Hoffmann", "Castillo", "Nakamura", "Adeyemi", "Bennett",
        "Silva", "Morgan", "Yilmaz", "Foster", "Petrov", "Hughes", "Ramirez", "Wong", "Kaur", "Stewart", "Volkov",
        "Ortiz", "Campbell", "Ahmed", "Price", "Larsen", "Mitchell", "Romero", "Carter", "Farah", "Hayes",
    ];

    private static readonly Institution[] Institutions =
    [
        new("Riverside Children's Hospital", "riversidechildrens.example.org", "Columbus"),
        new("Northgate Health", "northgate-health.example.org", "Minneapolis"),
        new("St. Mary's Hospital", "stmarys-hospital.example.org", "Rochester"),
        new("Lakeshore University Medical Center", "lakeshore-med.example.edu", "Chicago"),
        new("Bayview Children's Medical Center", "bayviewchildrens.example.org", "Baltimore"),
        new("Mercy General Hospital", "mercygeneral.example.org", "Sacramento"),
        new("Hudson Valley University Hospital", "hvuh.example.edu", "Albany"),
        new("Cedar Grove Medical Center", "cedargrove-mc.example.org", "Cleveland"),
        new("Pinecrest University School of Medicine", "pinecrest-som.example.edu", "Portland"),
        new("Harborview Community Hospital", "harborview-ch.example.org", "Seattle"),
        new("Summit Children's Hospital", "summitchildrens.example.org", "Denver"),
        new("Brookfield Regional Medical Center", "brookfield-rmc.example.org", "Hartford"),
        new("Kingsbridge University Hospital", "kingsbridge-uh.example.edu", "Philadelphia"),
        new("Magnolia Health System", "magnoliahealth.example.org", "Atlanta"),
        new("Prairie State University Hospitals", "psuh.example.edu", "Iowa City"),
        new("Coastal Carolina Medical Center", "coastalcarolina-mc.example.org", "Charleston"),
        new("Westbrook Children's Hospital", "westbrookchildrens.example.org", "Milwaukee"),
        new("Redwood Valley Medical Center", "redwoodvalley-mc.example.org", "San Jose"),
        new("Ironwood University Medical Center", "ironwood-umc.example.edu", "Pittsburgh"),
        new("Silver Lake Hospital", "silverlake-hospital.example.org", "Los Angeles"),
        new("Granite State Medical Center", "granitestate-mc.example.org", "Manchester"),
        new("Lone Star Children's Health", "lonestarchildrens.example.org", "Houston"),
        new("Evergreen University Hospital", "evergreen-uh.example.edu", "Spokane"),
        new("Bluegrass Medical Center", "bluegrass-mc.example.org", "Louisville"),
        new("Great Lakes Pediatric Institute", "greatlakes-peds.example.org", "Detroit"),
        new("Desert Springs Medical Center", "desertsprings-mc.example.org", "Phoenix"),
        new("Chesapeake University Hospital", "chesapeake-uh.example.edu", "Richmond"),
        new("Maple Ridge Health", "mapleridgehealth.example.org", "Buffalo"),
        new("Gulf Coast Children's Hospital", "gulfcoastchildrens.example.org", "New Orleans"),
        new("Hillcrest Medical Center", "hillcrest-mc.example.org", "Tulsa"),
        new("Franklin University School of Medicine", "franklin-som.example.edu", "Boston"),
        new("Sunrise Community Health", "sunrisecommunity.example.org", "Tampa"),
        new("Twin Rivers Medical Center", "twinrivers-mc.example.org", "Omaha"),
        new("Blue Ridge Children's Hospital", "blueridgechildrens.example.org", "Charlotte"),
        new("Capital City University Hospital", "capitalcity-uh.example.edu", "Washington"),
        new("Valley Children's Medical Center", "valleychildrens-mc.example.org", "Fresno"),
    ];

    private static readonly string[] Departments =
    [
        "Pediatrics", "Pediatrics", "Pediatrics", "Internal Medicine", "Family Medicine", "Pediatric Cardiology",
        "Neonatology", "Pediatric Infectious Diseases", "Pediatric Hematology-Oncology", "Child Neurology",
    ];

    // Who answers program mail; a coordinator is addressed by first name.
    private static readonly (string Role, bool Doctor)[] Roles =
    [
        ("Program Director", true), ("Program Director", true), ("Associate Program Director", true),
        ("Program Coordinator", false), ("Residency Program Coordinator", false), ("Clerkship Director", true),
        ("Observership Coordinator", false), ("Director of Clinical Research", true), ("Attending Physician", true),
    ];

    private readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase);

    public Contact Next()
    {
        var institution = Institutions[random.Next(Institutions.Length)];
        var (role, doctor) = Roles[random.Next(Roles.Length)];
        var first = FirstNames[random.Next(FirstNames.Length)];
        var last = LastNames[random.Next(LastNames.Length)];
        var local = $"{char.ToLowerInvariant(first[0])}{Plain(last)}";
        var address = $"{local}@{institution.Domain}";
        if (!used.Add(address))
        {
            address = $"{Plain(first)}.{Plain(last)}@{institution.Domain}";
            for (var n = 2; !used.Add(address); n++)
            {
                address = $"{Plain(first)}.{Plain(last)}{n}@{institution.Domain}";
            }
        }

        return new Contact(doctor ? "Dr." : "", first, last, address, role, institution, Departments[random.Next(Departments.Length)]);
    }

    private static string Plain(string name) => new([.. name.ToLowerInvariant().Where(char.IsLetter)]);
}
