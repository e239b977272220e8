namespace OutreachAssistant.Core.Detection;

/// <summary>What an inbound message means for a follow-up.</summary>
public enum InboundKind
{
    /// <summary>A person wrote back: no follow-up may follow.</summary>
    Reply,

    /// <summary>An out-of-office note or other machine answer: not a reply.</summary>
    AutomaticReply,

    /// <summary>A bounce: the contact cannot be reached at this address.</summary>
    DeliveryFailure,
}
