using Microsoft.Graph.Models;
using OutreachAssistant.Graph.Resilience;

namespace OutreachAssistant.Graph.Tests;

public sealed class PlainBackingStoreTests
{
    private static readonly Uri BaseUrl = new("https://graph.example/v1.0");

    [Fact]
    public void GraphClient_ModelsMadeAfterIt_KeepTheirValuesInThePlainStore()
    {
        _ = GraphClients.Create(BaseUrl, new StaticAccessTokenProvider("token", BaseUrl), new GraphResilienceOptions(), TimeProvider.System);

        var message = new Message { Subject = "Observership", ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = "pd@hospital.example" } }] };

        Assert.IsType<PlainBackingStore>(message.BackingStore);
        Assert.Equal("Observership", message.Subject);
        Assert.Equal("pd@hospital.example", Assert.Single(message.ToRecipients!).EmailAddress!.Address);
    }

    [Fact]
    public void Get_WhatWasSet_OrDefaultForAKeyNeverSet()
    {
        var store = new PlainBackingStore();

        store.Set("subject", "Observership");
        store.Set<string?>("bodyPreview", null);

        Assert.Equal("Observership", store.Get<string>("subject"));
        Assert.Null(store.Get<string>("bodyPreview"));
        Assert.Null(store.Get<string>("importance"));
        Assert.Equal(2, store.Enumerate().Count());
    }

    [Fact]
    public void ReturnOnlyChangedValues_LeavesOutWhatWasSetBeforeInitializationCompleted()
    {
        var store = new PlainBackingStore { InitializationCompleted = false };
        store.Set("subject", "read from Graph");
        store.InitializationCompleted = true;
        store.Set("importance", "high");
        store.Set<string?>("bodyPreview", null);

        store.ReturnOnlyChangedValues = true;

        Assert.Null(store.Get<string>("subject"));
        Assert.Equal("high", store.Get<string>("importance"));
        Assert.Equal(["importance", "bodyPreview"], store.Enumerate().Select(v => v.Key));
        Assert.Equal(["bodyPreview"], store.EnumerateKeysForValuesChangedToNull());
    }

    [Fact]
    public void Subscribe_TellsOfEachSetWithTheOldValue_UntilUnsubscribed()
    {
        var store = new PlainBackingStore();
        var seen = new List<(string Key, object? Old, object? New)>();
        var id = store.Subscribe((key, old, value) => seen.Add((key, old, value)));

        store.Set("subject", "first");
        store.Set("subject", "second");
        store.Unsubscribe(id);
        store.Set("subject", "third");

        Assert.Equal([("subject", null, "first"), ("subject", "first", "second")], seen);
    }

    [Fact]
    public void Factory_MakesANewStoreEachTime()
    {
        var factory = PlainBackingStoreFactory.Instance;

        Assert.NotSame(factory.CreateBackingStore(), factory.CreateBackingStore());
    }
}
