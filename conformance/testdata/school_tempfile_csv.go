package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
)

type AttendanceRow struct {
	Pupil   string
	Present int
	Days    int
}

func (a AttendanceRow) Rate() float64 {
	return 100 * float64(a.Present) / float64(a.Days)
}

func writeCSV(path string, rows []AttendanceRow) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	w := csv.NewWriter(f)
	w.Write([]string{"pupil", "present", "days"})
	for _, r := range rows {
		w.Write([]string{r.Pupil, strconv.Itoa(r.Present), strconv.Itoa(r.Days)})
	}
	w.Flush()
	return w.Error()
}

func readCSV(path string) ([]AttendanceRow, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	records, err := csv.NewReader(bufio.NewReader(f)).ReadAll()
	if err != nil {
		return nil, err
	}
	var rows []AttendanceRow
	for _, rec := range records[1:] {
		p, err1 := strconv.Atoi(rec[1])
		d, err2 := strconv.Atoi(rec[2])
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("bad row %v", rec)
		}
		rows = append(rows, AttendanceRow{rec[0], p, d})
	}
	return rows, nil
}

func main() {
	dir, err := os.MkdirTemp("", "school-attendance-")
	if err != nil {
		fmt.Println("tempdir:", err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "term1.csv")

	rows := []AttendanceRow{
		{"Zoe, Jr.", 58, 60},
		{"Yusuf", 51, 60},
		{"Xiu", 60, 60},
		{"Wren", 44, 60},
	}
	if err := writeCSV(path, rows); err != nil {
		fmt.Println("write:", err)
		return
	}
	info, _ := os.Stat(path)
	fmt.Println("wrote", filepath.Base(path), info.Size(), "bytes")

	raw, _ := os.ReadFile(path)
	fmt.Print(string(raw))

	back, err := readCSV(path)
	if err != nil {
		fmt.Println("read:", err)
		return
	}
	sort.Slice(back, func(i, j int) bool { return back[i].Rate() > back[j].Rate() })
	for _, r := range back {
		flag := ""
		if r.Rate() < 90 {
			flag = " <- follow up"
		}
		fmt.Printf("%-9s %5.1f%%%s\n", r.Pupil, r.Rate(), flag)
	}

	_, err = os.Open(filepath.Join(dir, "missing.csv"))
	fmt.Println("missing file is not-exist:", os.IsNotExist(err))
}
