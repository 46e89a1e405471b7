package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
)

type Proc struct {
	PID    int
	User   string
	CPU    float64
	MemMB  int
	Status string
	Cmd    string
}

var procs = []Proc{
	{101, "root", 0.3, 12, "S", "init"},
	{2045, "alice", 27.5, 512, "R", "go build ./..."},
	{2101, "bob", 3.1, 128, "S", "vim main.go"},
	{3310, "alice", 55.0, 2048, "R", "postgres -D /data"},
	{4020, "root", 0.0, 4, "Z", "defunct"},
	{5123, "bob", 12.8, 300, "S", "node server.js"},
}

var sorters = map[string]func(a, b Proc) bool{
	"pid": func(a, b Proc) bool { return a.PID < b.PID },
	"cpu": func(a, b Proc) bool { return a.CPU > b.CPU },
	"mem": func(a, b Proc) bool { return a.MemMB > b.MemMB },
	"user": func(a, b Proc) bool {
		if a.User != b.User {
			return a.User < b.User
		}
		return a.PID < b.PID
	},
}

func render(w io.Writer, rows []Proc, aligned bool) {
	flags := uint(0)
	if aligned {
		flags = tabwriter.AlignRight
	}
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', flags)
	fmt.Fprintln(tw, "PID\tUSER\t%CPU\tMEM\tSTAT\tCOMMAND\t")
	for _, p := range rows {
		fmt.Fprintf(tw, "%d\t%s\t%.1f\t%dM\t%s\t%s\t\n", p.PID, p.User, p.CPU, p.MemMB, p.Status, p.Cmd)
	}
	tw.Flush()
}

func ps(argv []string) error {
	fs := flag.NewFlagSet("ps", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	sortKey := fs.String("sort", "pid", "sort key")
	user := fs.String("user", "", "filter by user")
	right := fs.Bool("right", false, "right-align columns")
	limit := fs.Int("n", 0, "max rows (0 = all)")
	if err := fs.Parse(argv); err != nil {
		return err
	}
	less, ok := sorters[*sortKey]
	if !ok {
		return fmt.Errorf("invalid sort key %q", *sortKey)
	}
	var rows []Proc
	for _, p := range procs {
		if *user == "" || p.User == *user {
			rows = append(rows, p)
		}
	}
	sort.SliceStable(rows, func(i, j int) bool { return less(rows[i], rows[j]) })
	if *limit > 0 && *limit < len(rows) {
		rows = rows[:*limit]
	}
	render(os.Stdout, rows, *right)
	return nil
}

func main() {
	for _, argv := range [][]string{
		{},
		{"-sort", "cpu", "-n", "3"},
		{"-user", "bob", "-right"},
		{"-sort", "user"},
		{"-sort", "name"},
		{"-n", "lots"},
	} {
		fmt.Printf("$ ps %s\n", strings.Join(argv, " "))
		if err := ps(argv); err != nil {
			fmt.Println("ps:", err)
		}
	}
}
