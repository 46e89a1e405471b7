package main

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

type Entry struct {
	Day   int
	Field string
	MM    float64
}

func writeLog(path string, entries []Entry) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "day,field,rain_mm")
	for _, e := range entries {
		fmt.Fprintf(w, "%d,%s,%.1f\n", e.Day, e.Field, e.MM)
	}
	return w.Flush()
}

func readLog(path string) (map[string]float64, int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, fmt.Errorf("open rain log: %w", err)
	}
	defer f.Close()
	totals := map[string]float64{}
	lines := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		lines++
		if lines == 1 {
			continue
		}
		parts := strings.Split(sc.Text(), ",")
		mm, err := strconv.ParseFloat(parts[2], 64)
		if err != nil {
			return nil, lines, err
		}
		totals[parts[1]] += mm
	}
	return totals, lines, sc.Err()
}

func main() {
	dir, err := os.MkdirTemp("", "farm-rain-")
	if err != nil {
		fmt.Println("mkdir:", err)
		return
	}
	defer os.RemoveAll(dir)

	path := filepath.Join(dir, "rain.csv")
	entries := []Entry{
		{1, "north", 4.5}, {1, "south", 3.0},
		{2, "north", 0}, {2, "south", 1.2},
		{3, "north", 12.8}, {3, "south", 10.4},
		{4, "meadow", 6.6},
	}
	if err := writeLog(path, entries); err != nil {
		fmt.Println("write:", err)
		return
	}
	info, err := os.Stat(path)
	if err != nil {
		fmt.Println("stat:", err)
		return
	}
	fmt.Printf("wrote %s (%d bytes, dir=%t)\n", info.Name(), info.Size(), info.IsDir())

	totals, lines, err := readLog(path)
	if err != nil {
		fmt.Println("read:", err)
		return
	}
	fmt.Println("lines read:", lines)
	names := make([]string, 0, len(totals))
	for k := range totals {
		names = append(names, k)
	}
	slices.Sort(names)
	for _, n := range names {
		fmt.Printf("  %-7s %5.1f mm\n", n, totals[n])
	}

	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0o644)
	if err == nil {
		fmt.Fprintln(f, "5,meadow,2.4")
		f.Close()
	}
	totals, lines, _ = readLog(path)
	fmt.Printf("after append: %d lines, meadow %.1f mm\n", lines, totals["meadow"])

	_, _, err = readLog(filepath.Join(dir, "missing.csv"))
	fmt.Println("missing file is ErrNotExist:", errors.Is(err, fs.ErrNotExist))
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		fmt.Println("failed op:", pathErr.Op, "base:", filepath.Base(pathErr.Path))
	}
}
