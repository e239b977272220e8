namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>The tests that share one PostgreSQL server, each in a database of its own.</summary>
[CollectionDefinition(Name)]
public sealed class SharedPostgreSqlServer : ICollectionFixture<PostgreSqlServer>
{
    public const string Name = "PostgreSQL";
}
