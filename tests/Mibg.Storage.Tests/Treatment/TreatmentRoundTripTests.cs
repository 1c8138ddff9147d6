using Microsoft.Data.Sqlite;
using Mibg.Core.Study;
using Mibg.Storage.Export;
using Mibg.Storage.Reading;
using Mibg.Storage.Database;
using Mibg.Storage.Tests.Postgres;
using Npgsql;

namespace Mibg.Storage.Tests.Treatment;

/// <summary>
/// The new tables and columns survive every path without loss: file → store → file in both file kinds, on SQLite
/// and PostgreSQL; and a store made before they existed (schema version 1) is migrated in place, keeping its rows.
/// </summary>
public abstract class TreatmentStoreContract
{
    protected abstract Task<string> NewStoreSpecAsync();

    private readonly string _audit = Directory.CreateTempSubdirectory("mibg-audit-").FullName;

    private IStudyStore Open(string spec) => StudyStores.Open(spec, new StoreOptions { AuditDirectory = _audit });

    /// <summary>Creates a version-1 store at <paramref name="spec"/> holding one patient, as mibg 0.1 left it.</summary>
    protected abstract Task CreateVersion1StoreAsync(string spec);

    private static StudyData ReadStudy(string path)
    {
        var read = StudyReader.Read(path, new StudyReadOptions { Today = TestStudy.Today });
        Assert.False(read.HasErrors, string.Join('\n', read.Diagnostics));
        return read.Study!;
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task File_to_store_to_file_keeps_every_value(string kind)
    {
        using var folder = new TempFolder();
        var original = ReadStudy(TreatmentTestStudy.Create().Write(kind, folder));
        await using var store = Open(await NewStoreSpecAsync());
        await store.ImportAsync(original);
        var loaded = await store.LoadAsync();
        Assert.Equal(StudyFiles.CsvText(original), StudyFiles.CsvText(loaded));
        Assert.Equal(original.Radiotherapy.Select(c => c with { Extra = null!, Sites = null! }), loaded.Radiotherapy.Select(c => c with { Extra = null!, Sites = null! }));
        Assert.Equal(original.Assessments.Select(a => a with { Extra = null! }), loaded.Assessments.Select(a => a with { Extra = null! }));
        Assert.Equal(21.6, loaded.Radiotherapy[0].DoseGy);
        Assert.Equal(420.5, loaded.Patients[1].LdhUPerL);

        // export in the same kind and read again: identical content
        var again = kind == "csv" ? folder.Sub("again") : folder.File("again.xlsx");
        if (kind == "csv") StudyExport.ToCsvFolder(loaded, again); else StudyExport.ToXlsx(loaded, again);
        Assert.Equal(StudyFiles.CsvText(original), StudyFiles.CsvText(ReadStudy(again)));
        if (kind == "csv")
            Assert.Equal("patient_id,start_date,end_date,target,sites,dose_gy,fractions,comment\n"
                + "P1,2015-08-10,2015-08-25,metastasis,spine;skull,21.6,12,\n"
                + "P1,2015-07-20,2015-08-05,primary,,21.6,12,tumour bed\n"
                + "P2,2016-08-01,,metastasis,soft_tissue,30,10,\n",
                File.ReadAllText(Path.Combine(again, "radiotherapy.csv")));
    }

    [Fact]
    public async Task A_version_1_store_is_migrated_in_place_and_keeps_its_rows()
    {
        var spec = await NewStoreSpecAsync();
        await CreateVersion1StoreAsync(spec);
        await using var store = Open(spec);
        Assert.Equal(StoreSchema.CurrentVersion, await store.GetSchemaVersionAsync());
        var kept = await store.LoadAsync();
        var p = Assert.Single(kept.Patients);
        Assert.Equal(("OLD1", new DateOnly(2009, 3, 1)), (p.PatientId, p.DiagnosisDate));
        Assert.Null(p.Chr11q);
        Assert.Empty(kept.Radiotherapy);
        // the migrated store takes the new tables
        using var folder = new TempFolder();
        var study = ReadStudy(TreatmentTestStudy.Create().Write("csv", folder));
        await store.ImportAsync(study);
        Assert.Equal(StudyFiles.CsvText(study), StudyFiles.CsvText(await store.LoadAsync()));
    }

    /// <summary>The one patient row of a version-1 store, in version-1 columns.</summary>
    protected const string Version1Patient =
        "INSERT INTO patients (row_order, patient_id, age_at_diagnosis_days, diagnosis_date, inrg_stage, radiotherapy_date, last_contact_date, vital_status) "
        + "VALUES (1, 'OLD1', 800, '2009-03-01', 'M', '2009-10-01', '2015-01-01', 'alive')";
}

/// <summary>On the embedded SQLite store.</summary>
public sealed class SqliteTreatmentStoreTests : TreatmentStoreContract, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("mibg-rt-").FullName;

    protected override Task<string> NewStoreSpecAsync() => Task.FromResult(Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".db"));

    protected override Task CreateVersion1StoreAsync(string spec)
    {
        using var c = new SqliteConnection($"Data Source={spec};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = StoreSchema.VersionTableSql + ";" + StoreSchema.Migrations[0].Common
            + ";INSERT INTO schema_version (version, applied_at) VALUES (1, '2025-01-01T00:00:00Z');" + Version1Patient;
        cmd.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}

/// <summary>On PostgreSQL (a private cluster, a new database per test).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresTreatmentStoreTests(PostgresCluster cluster) : TreatmentStoreContract
{
    protected override Task<string> NewStoreSpecAsync() => cluster.CreateDatabaseAsync();

    protected override async Task CreateVersion1StoreAsync(string spec)
    {
        await using var c = new NpgsqlConnection(spec);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(StoreSchema.VersionTableSql + ";" + StoreSchema.Migrations[0].Common
            + ";INSERT INTO schema_version (version, applied_at) VALUES (1, '2025-01-01T00:00:00Z');" + Version1Patient, c);
        await cmd.ExecuteNonQueryAsync();
    }
}
