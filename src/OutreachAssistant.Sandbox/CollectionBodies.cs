namespace OutreachAssistant.Sandbox;

/// <summary>
/// The body format of messages in lists and delta. list-messages says "Currently, this operation returns
/// message bodies in only HTML format" and yet lists the <c>outlook.body-content-type</c> Prefer header;
/// the delta page documents only <c>odata.maxpagesize</c>. HTML is the default, the other is a switch.
/// </summary>
public enum CollectionBodies
{
    /// <summary>HTML whatever the Prefer header asks.</summary>
    AlwaysHtml,

    /// <summary>As <c>Prefer: outlook.body-content-type</c> asks, like a single-message GET.</summary>
    AsPreferred,
}
