package server_test

import (
	"context"
	"testing"
	"time"

	"gokernel/kernel/client"
)

// BenchmarkStartToKernelInfo measures launching the kernel process until
// its first kernel_info_reply (what a frontend waits for).
func BenchmarkStartToKernelInfo(b *testing.B) {
	dir := b.TempDir()
	for i := 0; i < b.N; i++ {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		c, err := client.Launch(ctx, []string{kernelBin, "-f", "{connection_file}"}, client.LaunchOptions{Dir: dir})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := c.KernelInfo(ctx); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		c.Close()
		cancel()
		b.StartTimer()
	}
}

// BenchmarkExecuteTrivial measures the round trip of a cell that does
// nearly nothing: request, busy, execute_input, reply, idle.
func BenchmarkExecuteTrivial(b *testing.B) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	c, err := client.Launch(ctx, []string{kernelBin, "-f", "{connection_file}"}, client.LaunchOptions{Dir: b.TempDir()})
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	if err := c.WaitReady(ctx); err != nil {
		b.Fatal(err)
	}
	if _, err := c.Execute(ctx, `x := 1`, client.ExecOptions{}); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := c.Execute(ctx, `x = 2`, client.ExecOptions{})
		if err != nil || res.Status != "ok" {
			b.Fatal(err, res.Status)
		}
	}
}
