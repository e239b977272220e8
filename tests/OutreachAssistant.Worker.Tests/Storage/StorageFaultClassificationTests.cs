using Microsoft.Data.Sqlite;
using Npgsql;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.StorageFaults;
using Quartz;

namespace OutreachAssistant.Worker.Tests.Storage;

/// <summary>Which exceptions are storage faults, and which file they are blamed on, when met after the check at start.</summary>
public sealed class StorageFaultClassificationTests
{
    [Fact]
    public void QuartzFailure_WrappingAFullDisk_BlamesTheScheduleFile()
    {
        var error = new SchedulerException("Couldn't store trigger", new JobPersistenceException("Couldn't store trigger", new SqliteException("SQLite Error 13: 'database or disk is full'.", 13)));

        Assert.Equal(
            $"Storage error: the disk holding the data folder ({StorageOptions.SectionName}:DataDirectory) is full (schedule.db could not be written). Free some space and run again; nothing was lost.",
            StorageFault.From(error)?.Line);
    }

    [Fact]
    public void SqliteErrorOfTheStore_InsideAnUpdateError_BlamesTheStateFile()
    {
        var error = new InvalidOperationException("An error occurred while saving the entity changes.", new SqliteException("SQLite Error 11: 'database disk image is malformed'.", 11, 779));

        Assert.Equal(
            "Storage error: state.db is damaged (database disk image is malformed). It has been left as it is; move it aside to start afresh, or restore a backup.",
            StorageFault.From(error)?.Line);
    }

    [Fact]
    public void NetworkFailure_IsNoStorageFault()
    {
        var error = new HttpRequestException("The remote party closed the connection", new IOException("Connection reset by peer", 104));

        Assert.Null(StorageFault.From(error));
    }

    [Fact]
    public void ConstraintViolation_IsNoStorageFault()
    {
        Assert.Null(StorageFault.From(new SqliteException("SQLite Error 19: 'UNIQUE constraint failed: Drafts.DraftKey'.", 19)));
    }

    /// <summary>Npgsql reports a query cancelled by a stopping service with the server's error inside: stopping is no fault.</summary>
    [Fact]
    public void QueryCancelledOnStop_IsNoStorageFault()
    {
        var error = new OperationCanceledException("Query was cancelled", new PostgresException("canceling statement due to user request", "ERROR", "ERROR", "57014"));

        Assert.Null(StorageFault.From(error));
    }
}
