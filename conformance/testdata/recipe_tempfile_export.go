package main

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

type Item struct {
	Name string
	Qty  int
	Cost float64
}

func writeList(path string, items []Item) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("create: %w", err)
	}
	defer f.Close()
	w := csv.NewWriter(f)
	w.Write([]string{"name", "qty", "cost"})
	for _, it := range items {
		w.Write([]string{it.Name, strconv.Itoa(it.Qty), strconv.FormatFloat(it.Cost, 'f', 2, 64)})
	}
	w.Flush()
	return w.Error()
}

func readList(path string) ([]Item, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open: %w", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, err
	}
	var items []Item
	for _, row := range rows[1:] {
		qty, _ := strconv.Atoi(row[1])
		cost, _ := strconv.ParseFloat(row[2], 64)
		items = append(items, Item{row[0], qty, cost})
	}
	return items, nil
}

func main() {
	dir, err := os.MkdirTemp("", "recipe-export-")
	if err != nil {
		fmt.Println("tempdir:", err)
		return
	}
	defer os.RemoveAll(dir)

	path := filepath.Join(dir, "shopping.csv")
	items := []Item{
		{"flour, strong white", 2, 1.45},
		{"yeast", 1, 0.85},
		{`"fancy" olive oil`, 1, 7.99},
		{"rosemary", 3, 0.7},
	}
	if err := writeList(path, items); err != nil {
		fmt.Println("write:", err)
		return
	}

	f, _ := os.Open(path)
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("line %d: %s\n", n, sc.Text())
	}
	f.Close()

	back, err := readList(path)
	if err != nil {
		fmt.Println("read:", err)
		return
	}
	total := 0.0
	for _, it := range back {
		sub := float64(it.Qty) * it.Cost
		total += sub
		fmt.Printf("%-22q x%d %7.2f\n", it.Name, it.Qty, sub)
	}
	fmt.Printf("%-25s %7.2f\n", "total", total)

	info, _ := os.Stat(path)
	fmt.Println("file name:", info.Name(), "size:", info.Size())

	_, err = readList(filepath.Join(dir, "missing.csv"))
	fmt.Println("missing file is not-exist:", errors.Is(err, os.ErrNotExist))
	fmt.Println("error text mentions open:", strings.HasPrefix(err.Error(), "open: "))
}
