package main

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"text/tabwriter"
)

type Location struct {
	Warehouse string
	Zone      byte
}

func (l Location) String() string { return fmt.Sprintf("%s/%c", l.Warehouse, l.Zone) }

type StockLine struct {
	SKU      string
	Desc     string
	Loc      Location
	OnHand   int
	UnitCost float64
	Reorder  int
}

func (s StockLine) Value() float64 { return float64(s.OnHand) * s.UnitCost }
func (s StockLine) Low() bool      { return s.OnHand <= s.Reorder }

func main() {
	lines := []StockLine{
		{"P-100", "Pallet wrap", Location{"EAST", 'A'}, 40, 18.75, 10},
		{"B-220", "Box 40x30x20", Location{"EAST", 'B'}, 1200, 0.62, 500},
		{"T-010", "Tape roll", Location{"WEST", 'A'}, 90, 2.10, 120},
		{"L-555", "Label sheet", Location{"WEST", 'C'}, 3000, 0.05, 1000},
		{"G-001", "Gloves (pair)", Location{"EAST", 'A'}, 8, 4.40, 20},
		{"S-300", "Strapping band", Location{"WEST", 'B'}, 15, 32.00, 5},
	}
	slices.SortFunc(lines, func(a, b StockLine) int {
		return cmp.Or(
			cmp.Compare(a.Loc.Warehouse, b.Loc.Warehouse),
			cmp.Compare(a.Loc.Zone, b.Loc.Zone),
			cmp.Compare(a.SKU, b.SKU),
		)
	})

	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "SKU\tDescription\tLocation\tOn hand\tUnit\tValue\tFlag\t")
	totals := map[string]float64{}
	var grand float64
	for _, l := range lines {
		flag := ""
		if l.Low() {
			flag = "LOW"
		}
		fmt.Fprintf(tw, "%s\t%s\t%v\t%d\t%.2f\t%.2f\t%s\t\n", l.SKU, l.Desc, l.Loc, l.OnHand, l.UnitCost, l.Value(), flag)
		totals[l.Loc.Warehouse] += l.Value()
		grand += l.Value()
	}
	tw.Flush()
	fmt.Println()

	tw = tabwriter.NewWriter(os.Stdout, 4, 0, 3, '.', 0)
	whs := make([]string, 0, len(totals))
	for w := range totals {
		whs = append(whs, w)
	}
	slices.Sort(whs)
	for _, w := range whs {
		fmt.Fprintf(tw, "%s\t%10.2f\t%5.1f%%\n", w, totals[w], 100*totals[w]/grand)
	}
	fmt.Fprintf(tw, "TOTAL\t%10.2f\t%5.1f%%\n", grand, 100.0)
	tw.Flush()

	low := slices.DeleteFunc(slices.Clone(lines), func(l StockLine) bool { return !l.Low() })
	fmt.Printf("\n%d low lines:\n", len(low))
	for _, l := range low {
		fmt.Printf("  %-6s need %4d more (loc %v)\n", l.SKU, l.Reorder-l.OnHand+1, l.Loc)
	}
}
