import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateDepartmentRequest, DepartmentDto, UpdateDepartmentRequest } from '@ingang/shared';
import {
  createDepartment,
  deactivateDepartment,
  departmentKeys,
  fetchAdminDepartments,
  updateDepartment,
} from '../api/departments-api';

export function useAdminDepartments() {
  return useQuery({ queryKey: departmentKeys.admin, queryFn: ({ signal }) => fetchAdminDepartments(signal) });
}

// Every list of departments is stale after a change, the agents' choice of active ones included.
function useDepartmentsMutation<T>(mutationFn: (input: T) => Promise<DepartmentDto>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: departmentKeys.all }),
  });
}

export function useCreateDepartment() {
  return useDepartmentsMutation<CreateDepartmentRequest>(createDepartment);
}

export function useUpdateDepartment() {
  return useDepartmentsMutation<{ id: string; request: UpdateDepartmentRequest }>(({ id, request }) =>
    updateDepartment(id, request),
  );
}

export function useDeactivateDepartment() {
  return useDepartmentsMutation<string>(deactivateDepartment);
}
