package main

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
)

type Row struct {
	Day   string
	Drink string
	Cups  int
}

func writeCSV(path string, rows []Row) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("create: %w", err)
	}
	defer f.Close()
	w := csv.NewWriter(f)
	w.Write([]string{"day", "drink", "cups"})
	for _, r := range rows {
		if err := w.Write([]string{r.Day, r.Drink, strconv.Itoa(r.Cups)}); err != nil {
			return err
		}
	}
	w.Flush()
	return w.Error()
}

func readCSV(path string) ([]Row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	records, err := csv.NewReader(bufio.NewReader(f)).ReadAll()
	if err != nil {
		return nil, err
	}
	var rows []Row
	for _, rec := range records[1:] {
		n, err := strconv.Atoi(rec[2])
		if err != nil {
			return nil, fmt.Errorf("row %v: %w", rec, err)
		}
		rows = append(rows, Row{rec[0], rec[1], n})
	}
	return rows, nil
}

func main() {
	dir, err := os.MkdirTemp("", "cafe-sales-")
	if err != nil {
		fmt.Println("tempdir:", err)
		return
	}
	defer os.RemoveAll(dir)

	path := filepath.Join(dir, "week.csv")
	rows := []Row{
		{"mon", "latte", 42}, {"mon", "espresso", 18}, {"tue", "latte", 39},
		{"tue", "mocha, iced", 11}, {"wed", "espresso", 25}, {"wed", "latte", 47},
	}
	if err := writeCSV(path, rows); err != nil {
		fmt.Println("write:", err)
		return
	}
	info, _ := os.Stat(path)
	fmt.Println("file name:", filepath.Base(path), "size:", info.Size(), "bytes")

	raw, _ := os.ReadFile(path)
	fmt.Print(string(raw))

	back, err := readCSV(path)
	if err != nil {
		fmt.Println("read:", err)
		return
	}
	perDrink := map[string]int{}
	for _, r := range back {
		perDrink[r.Drink] += r.Cups
	}
	drinks := make([]string, 0, len(perDrink))
	for d := range perDrink {
		drinks = append(drinks, d)
	}
	sort.Strings(drinks)
	for _, d := range drinks {
		fmt.Printf("%-14q %3d cups\n", d, perDrink[d])
	}

	_, err = readCSV(filepath.Join(dir, "missing.csv"))
	fmt.Println("missing file is ErrNotExist:", errors.Is(err, fs.ErrNotExist))
}
