package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type Bill struct {
	Code    string
	Item    string
	Qty     int
	Price   float64
	Covered bool
}

type Invoice struct {
	Patient string
	MRN     uint32
	Lines   []Bill
}

func (inv Invoice) Total() (gross, patientDue float64) {
	for _, l := range inv.Lines {
		amt := float64(l.Qty) * l.Price
		gross += amt
		if !l.Covered {
			patientDue += amt
		}
	}
	return
}

func main() {
	inv := Invoice{
		Patient: "Oluwaseun Adebayo",
		MRN:     0x00BEEF42,
		Lines: []Bill{
			{"CBC", "Complete blood count", 1, 38.5, true},
			{"XR-CH", "Chest X-ray", 1, 120, true},
			{"RX-AMX", "Amoxicillin 500mg", 21, 0.42, false},
			{"BED", "Ward bed (night)", 3, 450, true},
			{"TV", "Television rental", 3, 7.99, false},
		},
	}

	fmt.Printf("Patient: %s\n", inv.Patient)
	fmt.Printf("MRN:     %d (hex %x, HEX %X, padded %#010x)\n", inv.MRN, inv.MRN, inv.MRN, inv.MRN)
	fmt.Println(strings.Repeat("=", 58))
	fmt.Printf("%-8s|%-22s|%4s|%8s|%10s\n", "CODE", "ITEM", "QTY", "PRICE", "AMOUNT")
	for _, l := range inv.Lines {
		mark := ' '
		if !l.Covered {
			mark = '*'
		}
		fmt.Printf("%-8s|%-22.22s|%4d|%8.2f|%10.2f%c\n", l.Code, l.Item, l.Qty, l.Price, float64(l.Qty)*l.Price, mark)
	}
	fmt.Println(strings.Repeat("=", 58))
	gross, due := inv.Total()
	fmt.Printf("%-45s%10.2f\n", "Gross", gross)
	fmt.Printf("%-45s%10.2f\n", "Patient responsibility (*)", due)
	fmt.Printf("coverage: %5.1f%%\n", (gross-due)/gross*100)

	fmt.Printf("%q %v %d\n", inv.Lines[2].Code, inv.Lines[2].Covered, len(inv.Lines))
	fmt.Printf("%x\n", "ICU")
	fmt.Printf("% x\n", []byte("ICU"))
	fmt.Printf("%e | %g | %08.3f\n", gross, due, due)
	fmt.Printf("%t %v %v\n", true, nil, []string(nil))
	fmt.Printf("%+d %+d\n", 5, -5)
	fmt.Printf("%U %c\n", 'Ω', 0x2695)
	fmt.Printf("[%6s][%-6s][%.2s]\n", "ward", "ward", "ward")
	fmt.Printf("%[2]s before %[1]s\n", "discharge", "admission")
	fmt.Printf("%d%%\n", 42)
	fmt.Printf("%v %v\n", []int{1, 2}, map[string]int{"b": 2, "a": 1})

	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "ward\tbeds\tfree\t")
	fmt.Fprintln(w, "maternity\t24\t3\t")
	fmt.Fprintln(w, "icu\t8\t0\t")
	w.Flush()
	s := fmt.Sprint("beds:", 8, 3, "free")
	fmt.Println(s, len(s))
}
