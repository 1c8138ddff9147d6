using Mibg.Core.Cohort;
using Mibg.Core.Scoring;
using Mibg.Core.Study;
using static Mibg.Core.Tests.Cohort.HandStudy;

namespace Mibg.Core.Tests.Cohort;

/// <summary>Read resolution (plan read_resolution; data-dictionary.md "reads").</summary>
public class ReadResolutionTests
{
    private static Read R(string reader, int[] v) => new() { ScanId = "S", Reader = reader, Siopen = new SiopenScore(v) };

    private static readonly Read[] Reads = [R("R1", Seg(("spine", 2))), R("R2", Seg(("spine", 3), ("skull", 1))), R("consensus", Seg(("spine", 3)))];

    [Fact]
    public void Consensus_uses_the_consensus_read_and_is_pending_without_it()
    {
        Assert.Equal(3, ReadResolution.Consensus.Resolve(Reads)!.Total);
        Assert.Null(ReadResolution.Consensus.Resolve(Reads[..2]));
    }

    [Fact]
    public void Mean_of_readers_averages_segments_of_reader_reads()
    {
        // spine (2+3)/2 = 2.5, skull (0+1)/2 = 0.5 → total 3.0; the consensus read is not averaged in.
        var r = ReadResolution.MeanOfReaders.Resolve(Reads)!;
        Assert.Equal(2.5, r.Segments[6]);
        Assert.Equal(0.5, r.Segments[0]);
        Assert.Equal(3.0, r.Total);
    }

    [Fact]
    public void Single_reader()
    {
        Assert.Equal(4, ReadResolution.Parse("reader:R2").Resolve(Reads)!.Total);
        Assert.Null(ReadResolution.Parse("reader:R3").Resolve(Reads));
    }
}
