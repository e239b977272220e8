using System.Collections.Frozen;

namespace OutreachAssistant.Core.Text;

/// <summary>Reads the label of a header line such as <c>*Von:*</c> or <c>Envoyé le :</c>.</summary>
internal static class HeaderLabels
{
    private const int MaxLabelLength = 24;

    private static readonly FrozenDictionary<string, HeaderLabel> Labels = Build();

    private static readonly FrozenDictionary<string, HeaderLabel>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Labels.GetAlternateLookup<ReadOnlySpan<char>>();

    public static HeaderLabel Read(ReadOnlySpan<char> line)
    {
        var text = line.TrimStart().TrimStart('*');
        var colon = text.IndexOfAny(':', '：');
        if (colon <= 0 || colon > MaxLabelLength)
        {
            return HeaderLabel.None;
        }

        var label = text[..colon].TrimEnd().TrimEnd('*').TrimEnd();
        foreach (var c in label)
        {
            if (!char.IsLetter(c) && c != ' ' && c != '-' && c != '\'')
            {
                return HeaderLabel.None;
            }
        }

        return Lookup.TryGetValue(label, out var kind) ? kind : HeaderLabel.None;
    }

    private static FrozenDictionary<string, HeaderLabel> Build()
    {
        var labels = new Dictionary<string, HeaderLabel>(StringComparer.OrdinalIgnoreCase);
        Add(labels, HeaderLabel.From,
            "from", "von", "de", "da", "van", "od", "от", "fra", "från", "lähettäjä", "feladó", "kimden",
            "mittente", "remitente", "expéditeur", "afzender", "absender");
        Add(labels, HeaderLabel.Date,
            "date", "sent", "datum", "dato", "data", "fecha", "дата", "gesendet", "envoyé", "envoyé le",
            "inviato", "verzonden", "wysłano", "wysłane", "отправлено", "sendt", "skickat", "lähetetty",
            "enviado", "enviada", "elküldve", "gönderildi", "päivämäärä");
        Add(labels, HeaderLabel.To,
            "to", "an", "à", "a", "aan", "do", "кому", "til", "till", "para", "vastaanottaja", "címzett",
            "kime", "per", "destinataire", "empfänger");
        Add(labels, HeaderLabel.Subject,
            "subject", "betreff", "objet", "oggetto", "onderwerp", "temat", "тема", "emne", "ämne", "asunto",
            "assunto", "aihe", "tárgy", "konu", "sujet");
        Add(labels, HeaderLabel.Copy, "cc", "bcc", "kopie", "copie", "copie à", "копия", "dw", "kopia", "cco");
        Add(labels, HeaderLabel.Preamble, "message du");
        return labels.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static void Add(Dictionary<string, HeaderLabel> labels, HeaderLabel kind, params string[] names)
    {
        foreach (var name in names)
        {
            labels[name] = kind;
        }
    }
}
