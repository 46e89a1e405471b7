package main

import (
	"errors"
	"fmt"
	"strings"
)

type Decision int

const (
	Pending Decision = iota
	Approved
	Rejected
	Escalated
)

func (d Decision) String() string {
	return [...]string{"PENDING", "APPROVED", "REJECTED", "ESCALATED"}[d]
}

type PO struct {
	Number    string
	Dept      string
	Vendor    string
	Amount    int64
	Requester string
}

var (
	ErrBlockedVendor = errors.New("vendor is blocked")
	ErrOverBudget    = errors.New("department budget exceeded")
	ErrMissingField  = errors.New("missing required field")
)

// Check is a policy rule; it returns nil when the PO passes.
type Check func(PO) error

type Budget struct{ remaining map[string]int64 }

func (b *Budget) Reserve(po PO) error {
	left := b.remaining[po.Dept]
	if po.Amount > left {
		return fmt.Errorf("%s needs %d, %d left: %w", po.Dept, po.Amount, left, ErrOverBudget)
	}
	b.remaining[po.Dept] = left - po.Amount
	return nil
}

type Approver struct {
	Name  string
	Limit int64
}

type Workflow struct {
	Checks []Check
	Chain  []Approver
	Budget *Budget
	Log    []string
}

func (w *Workflow) logf(format string, args ...any) {
	w.Log = append(w.Log, fmt.Sprintf(format, args...))
}

func (w *Workflow) Submit(po PO) (Decision, error) {
	var errs []error
	for _, c := range w.Checks {
		if err := c(po); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		w.logf("%s rejected by policy (%d issues)", po.Number, len(errs))
		return Rejected, fmt.Errorf("po %s: %w", po.Number, err)
	}
	for _, a := range w.Chain {
		if a.Name == po.Requester {
			w.logf("%s skipped approver %s (self)", po.Number, a.Name)
			continue
		}
		if po.Amount <= a.Limit {
			if err := w.Budget.Reserve(po); err != nil {
				w.logf("%s approved by %s but budget failed", po.Number, a.Name)
				return Rejected, fmt.Errorf("po %s: %w", po.Number, err)
			}
			w.logf("%s approved by %s (limit %d)", po.Number, a.Name, a.Limit)
			return Approved, nil
		}
	}
	w.logf("%s escalated to board", po.Number)
	return Escalated, nil
}

func main() {
	blocked := map[string]bool{"Shady Supplies": true}
	wf := &Workflow{
		Checks: []Check{
			func(po PO) error {
				var missing []string
				for name, v := range map[string]string{"dept": po.Dept, "vendor": po.Vendor, "requester": po.Requester} {
					if strings.TrimSpace(v) == "" {
						missing = append(missing, name)
					}
				}
				if len(missing) > 0 {
					return fmt.Errorf("%w: %d field(s)", ErrMissingField, len(missing))
				}
				return nil
			},
			func(po PO) error {
				if blocked[po.Vendor] {
					return fmt.Errorf("%q: %w", po.Vendor, ErrBlockedVendor)
				}
				return nil
			},
		},
		Chain:  []Approver{{"manager", 500000}, {"director", 2500000}, {"cfo", 10000000}},
		Budget: &Budget{map[string]int64{"IT": 3000000, "Ops": 800000}},
	}
	pos := []PO{
		{"PO-1", "IT", "Dell", 349900, "alice"},
		{"PO-2", "IT", "Shady Supplies", 0, ""},
		{"PO-3", "Ops", "Uline", 620000, "bob"},
		{"PO-4", "IT", "Oracle", 2400000, "director"},
		{"PO-5", "Ops", "Grainger", 250000, "carol"},
		{"PO-6", "IT", "AWS", 12000000, "dan"},
		{"PO-7", "Ops", "Fastenal", 99900, "manager"},
	}
	counts := map[Decision]int{}
	for _, po := range pos {
		d, err := wf.Submit(po)
		counts[d]++
		fmt.Printf("%-5s %-9v %10.2f", po.Number, d, float64(po.Amount)/100)
		if err != nil {
			fmt.Printf("  error: %s", strings.ReplaceAll(err.Error(), "\n", "; "))
			fmt.Printf(" [blocked=%t budget=%t missing=%t]", errors.Is(err, ErrBlockedVendor),
				errors.Is(err, ErrOverBudget), errors.Is(err, ErrMissingField))
		}
		fmt.Println()
	}
	fmt.Println("\naudit trail:")
	for i, l := range wf.Log {
		fmt.Printf("%02d %s\n", i+1, l)
	}
	for d := Pending; d <= Escalated; d++ {
		fmt.Printf("%-9v %d\n", d, counts[d])
	}
	fmt.Printf("budget left: IT=%d Ops=%d\n", wf.Budget.remaining["IT"], wf.Budget.remaining["Ops"])
}
