using System.Runtime.CompilerServices;

// The trial simulation's own two-group log-rank is internal (a fast path, not an API); its tests check it against R.
[assembly: InternalsVisibleTo("Mibg.Statistics.Tests")]
