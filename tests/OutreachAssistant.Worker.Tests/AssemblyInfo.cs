// These tests start sandboxes, hosts and Quartz schedulers and wait for their jobs; on a 2-core machine,
// running them side by side made the waits depend on load. One at a time, each waits only for itself.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
