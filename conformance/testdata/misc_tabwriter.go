package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "name\tqty\tprice")
	fmt.Fprintln(w, "apple\t3\t1.25")
	fmt.Fprintln(w, "watermelon\t10\t4.5")
	w.Flush()
	r := tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(r, "a\tbbb\tc\t")
	fmt.Fprintln(r, "aaaa\tb\tccccc\t")
	r.Flush()
}
