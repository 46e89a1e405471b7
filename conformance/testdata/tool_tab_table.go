// Command tool_tab_table formats process-like records as aligned tables with
// text/tabwriter, showing left/right alignment and the debug column bars.
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
)

type Proc struct {
	PID     int
	User    string
	CPU     float64
	MemKB   int
	Command string
}

type Column struct {
	Header string
	Cell   func(Proc) string
}

var procs = []Proc{
	{1, "root", 0.0, 10240, "/sbin/init"},
	{412, "postgres", 3.7, 524288, "postgres: writer"},
	{977, "alice", 12.5, 204800, "go build ./..."},
	{1021, "bob", 0.3, 8192, "vim main.go"},
	{2048, "alice", 45.1, 1048576, "./server -port 8080"},
}

var columns = []Column{
	{"PID", func(p Proc) string { return fmt.Sprint(p.PID) }},
	{"USER", func(p Proc) string { return p.User }},
	{"%CPU", func(p Proc) string { return fmt.Sprintf("%.1f", p.CPU) }},
	{"MEM", func(p Proc) string { return humanKB(p.MemKB) }},
	{"COMMAND", func(p Proc) string { return p.Command }},
}

func humanKB(kb int) string {
	switch {
	case kb >= 1<<20:
		return fmt.Sprintf("%.1fG", float64(kb)/(1<<20))
	case kb >= 1<<10:
		return fmt.Sprintf("%.1fM", float64(kb)/(1<<10))
	}
	return fmt.Sprintf("%dK", kb)
}

func render(title string, flags uint, ps []Proc) {
	fmt.Printf("-- %s\n", title)
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', flags)
	headers := make([]string, len(columns))
	for i, c := range columns {
		headers[i] = c.Header
	}
	end := "\t" // a terminated last cell is needed for right alignment and bars
	if flags == 0 {
		end = ""
	}
	fmt.Fprintln(w, strings.Join(headers, "\t")+end)
	for _, p := range ps {
		cells := make([]string, len(columns))
		for i, c := range columns {
			cells[i] = c.Cell(p)
		}
		fmt.Fprintln(w, strings.Join(cells, "\t")+end)
	}
	w.Flush()
}

func main() {
	render("default", 0, procs)

	byCPU := append([]Proc(nil), procs...)
	sort.Slice(byCPU, func(i, j int) bool { return byCPU[i].CPU > byCPU[j].CPU })
	render("sorted by %CPU, right aligned", tabwriter.AlignRight, byCPU)

	render("debug bars", tabwriter.Debug, procs[:3])

	fmt.Println("-- per-user summary")
	totals := map[string]float64{}
	counts := map[string]int{}
	for _, p := range procs {
		totals[p.User] += p.CPU
		counts[p.User]++
	}
	users := make([]string, 0, len(totals))
	for u := range totals {
		users = append(users, u)
	}
	sort.Strings(users)
	w := tabwriter.NewWriter(os.Stdout, 6, 4, 1, '.', 0)
	for _, u := range users {
		fmt.Fprintf(w, "%s\t%d procs\t%.1f%%\n", u, counts[u], totals[u])
	}
	w.Flush()
}
