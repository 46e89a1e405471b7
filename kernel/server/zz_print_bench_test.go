package server_test

import (
	"context"
	"testing"
	"time"

	"gokernel/kernel/client"
)

func benchCell(b *testing.B, setup, code string) {
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
	c.Execute(ctx, setup, client.ExecOptions{})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := c.Execute(ctx, code, client.ExecOptions{})
		if err != nil || res.Status != "ok" {
			b.Fatal(err, res.Status)
		}
	}
}
func BenchmarkZZDiscard(b *testing.B) {
	benchCell(b, "import (\n\"fmt\"\n\"io\"\n)", "for i := 0; i < 100000; i++ {\n\tfmt.Fprintln(io.Discard, i)\n}")
}
func BenchmarkZZOneBigPrint(b *testing.B) {
	benchCell(b, "import (\n\"fmt\"\n\"strings\"\n)", "var sb strings.Builder\nfor i := 0; i < 100000; i++ {\n\tfmt.Fprintln(&sb, i)\n}\nfmt.Print(sb.String())")
}
