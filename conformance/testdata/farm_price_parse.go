package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// A raw price sheet as it arrives from the market office.
const sheet = `# commodity, unit, price, volume
wheat , tonne, 231.50, 1200
barley, tonne, 198.25 , 640
milk, litre, 0.38, 25000
eggs, dozen, two pounds, 300
potatoes, tonne, 145, lots
honey, jar, 6.75, 48
`

type Price struct {
	Commodity string
	Unit      string
	Pence     int64
	Volume    int
}

func (p Price) String() string {
	return fmt.Sprintf("%s @ £%d.%02d/%s x%d", p.Commodity, p.Pence/100, p.Pence%100, p.Unit, p.Volume)
}

func parseLine(line string) (Price, error) {
	fields := strings.Split(line, ",")
	if len(fields) != 4 {
		return Price{}, fmt.Errorf("want 4 fields, got %d", len(fields))
	}
	for i := range fields {
		fields[i] = strings.TrimSpace(fields[i])
	}
	f, err := strconv.ParseFloat(fields[2], 64)
	if err != nil {
		return Price{}, fmt.Errorf("price for %s: %w", fields[0], err)
	}
	vol, err := strconv.Atoi(fields[3])
	if err != nil {
		return Price{}, fmt.Errorf("volume for %s: %w", fields[0], err)
	}
	return Price{fields[0], fields[1], int64(f*100 + 0.5), vol}, nil
}

func main() {
	var prices []Price
	for n, line := range strings.Split(strings.TrimSpace(sheet), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		p, err := parseLine(line)
		if err != nil {
			fmt.Printf("line %d skipped: %v\n", n+1, err)
			var numErr *strconv.NumError
			if errors.As(err, &numErr) {
				fmt.Printf("  func=%s input=%q syntax=%t\n", numErr.Func, numErr.Num, errors.Is(err, strconv.ErrSyntax))
			}
			continue
		}
		prices = append(prices, p)
	}

	fmt.Println("parsed prices:")
	for _, p := range prices {
		fmt.Println(" ", p)
	}

	var sb strings.Builder
	for i, p := range prices {
		if i > 0 {
			sb.WriteString(";")
		}
		sb.WriteString(strings.ToUpper(p.Commodity[:3]))
		sb.WriteString("=")
		sb.WriteString(strconv.FormatInt(p.Pence, 10))
	}
	fmt.Println("ticker:", sb.String())

	fmt.Println("quoted:", strconv.Quote("Farmer's \"best\" honey"))
	fmt.Println("bool:", strconv.FormatBool(len(prices) > 3))
	fmt.Println("hex volume:", strconv.FormatInt(int64(prices[0].Volume), 16))
	fmt.Println("padded:", fmt.Sprintf("[%8s|%-8s]", "barn", "silo"))
	if _, err := strconv.ParseInt("99999999999999999999", 10, 64); err != nil {
		fmt.Println("range error:", errors.Is(err, strconv.ErrRange))
	}
	fmt.Println("fields:", strings.Fields("  hay   straw  silage "))
	fmt.Println("tonne mentions:", strings.Count(sheet, "tonne"))
}
