package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
)

type Sale struct {
	Order  string
	Event  string
	Seats  int
	Amount float64
}

func writeSales(path string, sales []Sale) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	w := csv.NewWriter(f)
	w.Write([]string{"order", "event", "seats", "amount"})
	for _, s := range sales {
		w.Write([]string{s.Order, s.Event, strconv.Itoa(s.Seats), strconv.FormatFloat(s.Amount, 'f', 2, 64)})
	}
	w.Flush()
	return w.Error()
}

func readSales(path string) ([]Sale, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	records, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, err
	}
	var out []Sale
	for i, rec := range records[1:] {
		seats, err := strconv.Atoi(rec[2])
		if err != nil {
			return nil, fmt.Errorf("row %d: %w", i+2, err)
		}
		amt, err := strconv.ParseFloat(rec[3], 64)
		if err != nil {
			return nil, fmt.Errorf("row %d: %w", i+2, err)
		}
		out = append(out, Sale{rec[0], rec[1], seats, amt})
	}
	return out, nil
}

func main() {
	dir, err := os.MkdirTemp("", "tick-sales-")
	if err != nil {
		fmt.Println("mkdir:", err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "sales.csv")

	sales := []Sale{
		{"O-100", "Symphony, No. 9", 2, 120},
		{"O-101", "Stand-up \"Live\"", 4, 99.8},
		{"O-102", "Symphony, No. 9", 1, 60},
	}
	if err := writeSales(path, sales); err != nil {
		fmt.Println("write:", err)
		return
	}

	raw, _ := os.ReadFile(path)
	fmt.Print("file contents:\n", string(raw))
	info, _ := os.Stat(path)
	fmt.Println("file name:", info.Name(), "size:", info.Size())

	back, err := readSales(path)
	if err != nil {
		fmt.Println("read:", err)
		return
	}
	seats, total := 0, 0.0
	for _, s := range back {
		seats += s.Seats
		total += s.Amount
		fmt.Printf("%s %-18q %d %7.2f\n", s.Order, s.Event, s.Seats, s.Amount)
	}
	fmt.Printf("seats=%d total=%.2f roundtrip=%v\n", seats, total, len(back) == len(sales))

	_, err = readSales(filepath.Join(dir, "missing.csv"))
	fmt.Println("missing file is ErrNotExist:", os.IsNotExist(err))
}
