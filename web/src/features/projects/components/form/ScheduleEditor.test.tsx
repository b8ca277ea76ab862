import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '@/testing/render';
import { emptyWeek, type WeekSchedule } from './schedule';
import { normalizeTime, ScheduleEditor } from './ScheduleEditor';

function Harness({ onChange, errorFor }: { onChange: (w: WeekSchedule) => void; errorFor?: (d: number, w: number | null, f?: 'start' | 'end') => string | undefined }) {
  const [value, setValue] = useState(emptyWeek());
  return (
    <ScheduleEditor
      value={value}
      errorFor={errorFor}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

describe('ScheduleEditor', () => {
  it('turns a day on for the whole day, then gives it working hours', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn<(w: WeekSchedule) => void>();
    renderWithApp(<Harness onChange={onChange} />);
    await user.click(screen.getByRole('checkbox', { name: 'Пятница' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.arrayContaining([{ enabled: true, windows: [] }]));
    expect(screen.getByText('весь день')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Добавить интервал: Пятница' }));
    expect(onChange.mock.lastCall?.[0][4]).toEqual({ enabled: true, windows: [{ start: '09:00', end: '18:00' }] });

    const end = screen.getByRole('textbox', { name: 'Пятница, интервал 1: до' });
    await user.clear(end);
    await user.type(end, '1930');
    fireEvent.blur(end);
    expect(onChange.mock.lastCall?.[0][4]?.windows).toEqual([{ start: '09:00', end: '19:30' }]);

    await user.click(screen.getByRole('button', { name: 'Убрать интервал' }));
    expect(onChange.mock.lastCall?.[0][4]).toEqual({ enabled: true, windows: [] });
  });

  it('sets working days and clears them in one click', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn<(w: WeekSchedule) => void>();
    renderWithApp(<Harness onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: 'Пн–Пт' }));
    expect(onChange.mock.lastCall?.[0].map((d) => d.enabled)).toEqual([true, true, true, true, true, false, false]);
    await user.click(screen.getByRole('button', { name: 'Очистить' }));
    expect(onChange.mock.lastCall?.[0].every((d) => !d.enabled)).toBe(true);
  });

  it('shows the messages of a window under its day and marks the input', async () => {
    const user = userEvent.setup();
    renderWithApp(
      <Harness onChange={() => undefined} errorFor={(day, window, field) => (day === 0 && window === 0 && field === 'end' ? 'must be after the start' : undefined)} />,
    );
    await user.click(screen.getByRole('checkbox', { name: 'Понедельник' }));
    await user.click(screen.getByRole('button', { name: 'Добавить интервал: Понедельник' }));
    expect(screen.getByRole('alert').textContent).toBe('must be after the start');
    expect(screen.getByRole('textbox', { name: 'Понедельник, интервал 1: до' }).getAttribute('aria-invalid')).toBe('true');
  });
});

describe('normalizeTime', () => {
  it('completes what people type', () => {
    expect(normalizeTime('9')).toBe('09:00');
    expect(normalizeTime('930')).toBe('09:30');
    expect(normalizeTime('1830')).toBe('18:30');
    expect(normalizeTime('9.15')).toBe('09:15');
    expect(normalizeTime(' 24:00 ')).toBe('24:00');
    expect(normalizeTime('noon')).toBe('noon');
  });
});
