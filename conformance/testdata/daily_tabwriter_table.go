package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type Service struct {
	Name     string
	Version  string
	Replicas int
	CPU      float64
	Healthy  bool
}

func main() {
	services := []Service{
		{"api-gateway", "v2.3.1", 3, 0.75, true},
		{"auth", "v1.0.0", 2, 0.2, true},
		{"billing-worker", "v0.9.12-rc1", 1, 1.5, false},
		{"search", "v3.1", 5, 2.25, true},
	}

	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tVERSION\tREPLICAS\tCPU\tSTATUS\t")
	total := 0.0
	for _, s := range services {
		status := "ok"
		if !s.Healthy {
			status = "DEGRADED"
		}
		fmt.Fprintf(w, "%s\t%s\t%d\t%.2f\t%s\t\n", s.Name, s.Version, s.Replicas, s.CPU, status)
		total += s.CPU * float64(s.Replicas)
	}
	fmt.Fprintf(w, "\t\t\t%.2f\ttotal\t\n", total)
	w.Flush()

	fmt.Println()
	rw := tabwriter.NewWriter(os.Stdout, 6, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(rw, "key\tcount\tratio\t")
	fmt.Fprintln(rw, "a\t1\t0.01\t")
	fmt.Fprintln(rw, "longer-key\t12345\t0.5\t")
	fmt.Fprintln(rw, "mid\t42\t1\t")
	rw.Flush()

	fmt.Println()
	mw := tabwriter.NewWriter(os.Stdout, 0, 8, 1, '\t', 0)
	fmt.Fprintln(mw, "x\ty\tz")
	fmt.Fprintln(mw, "alpha\tbeta-gamma-delta\tz")
	mw.Flush()
}
