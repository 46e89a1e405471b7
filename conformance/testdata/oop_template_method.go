package main

import (
	"fmt"
	"strings"
)

// ReportHooks are the steps a concrete report customises.
type ReportHooks interface {
	Title() string
	FormatRow(cells []string) string
	Footer(rows int) string
}

// BaseReport holds the fixed algorithm; it calls back into the hooks.
type BaseReport struct {
	hooks ReportHooks
	Rows  [][]string
}

func (b *BaseReport) Render() string {
	var sb strings.Builder
	sb.WriteString(b.hooks.Title() + "\n")
	for _, r := range b.Rows {
		sb.WriteString(b.hooks.FormatRow(r) + "\n")
	}
	sb.WriteString(b.hooks.Footer(len(b.Rows)))
	return sb.String()
}

// Footer is a default hook that embedders may keep or override.
func (b *BaseReport) Footer(rows int) string { return fmt.Sprintf("(%d rows)", rows) }

type CSVReport struct {
	*BaseReport
}

func NewCSV(rows [][]string) *CSVReport {
	r := &CSVReport{&BaseReport{Rows: rows}}
	r.hooks = r
	return r
}

func (c *CSVReport) Title() string                   { return "name,qty,price" }
func (c *CSVReport) FormatRow(cells []string) string { return strings.Join(cells, ",") }

type TableReport struct {
	*BaseReport
	Width int
}

func NewTable(rows [][]string, width int) *TableReport {
	r := &TableReport{&BaseReport{Rows: rows}, width}
	r.hooks = r
	return r
}

func (t *TableReport) Title() string {
	return t.FormatRow([]string{"NAME", "QTY", "PRICE"}) + "\n" + strings.Repeat("=", 3*(t.Width+3)+1)
}

func (t *TableReport) FormatRow(cells []string) string {
	parts := make([]string, len(cells))
	for i, c := range cells {
		parts[i] = fmt.Sprintf(" %-*s", t.Width, c)
	}
	return "|" + strings.Join(parts, " |") + " |"
}

func (t *TableReport) Footer(rows int) string {
	return "-- end of table " + t.BaseReport.Footer(rows) + " --"
}

type Renderer interface{ Render() string }

func main() {
	rows := [][]string{{"apple", "3", "0.50"}, {"bread", "1", "2.25"}, {"milk", "2", "1.10"}}
	reports := map[string]Renderer{
		"csv":   NewCSV(rows),
		"table": NewTable(rows, 6),
	}
	for _, name := range []string{"csv", "table"} {
		r := reports[name]
		fmt.Printf("== %s (%T) ==\n%s\n", name, r, r.Render())
	}
	csv := reports["csv"].(*CSVReport)
	fmt.Println(csv.Footer(99))
	_, overrides := reports["table"].(interface{ Footer(int) string })
	fmt.Println("table has Footer:", overrides, len(csv.Rows))
}
